using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Workflow.Tests.Provisioning;

/// <summary>
/// The provisioning rules at their edges (#24): the bounds of names, addresses and lines, what each note says and
/// leaves out, and the verdict a verification note's marker keeps.
/// </summary>
public sealed class ProvisioningEdgesTests
{
    private static PlannedUser One(string description) =>
        Assert.Single(UserPlan.Of(new ArRequestReader(Reconciling.Ars.Settings).Read(description, null), "SDR", new ProvisioningMap()));

    [Theory]
    [InlineData(40, 80, true)]
    [InlineData(41, 80, false)]
    [InlineData(40, 81, false)]
    public void Names_UpToSalesforcesLengths_AreReady(int first, int last, bool ready)
    {
        var user = One($"Name: {new string('a', first)} {new string('b', last)}\nEmail: x@example.com\n\n* [ ] Salesforce: x");

        Assert.Equal(ready, user.Ready);
        Assert.Equal(ready, !user.Problems.Any(p => p.StartsWith("the name is longer", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(72, true)]
    [InlineData(73, false)]
    public void AnAddress_LeavesRoomForTheSuffix(int length, bool ready)
    {
        var address = new string('a', length - "@example.com".Length) + "@example.com";

        var user = One($"Name: Sam Lee\nEmail: {address}\n\n* [ ] Salesforce: x");

        Assert.Equal(ready, !user.Problems.Contains("the e-mail address is longer than Salesforce takes (72 characters, with room for a username suffix)"));
    }

    [Theory]
    [InlineData("Sam <Lee")]
    [InlineData("Sam >Lee")]
    [InlineData("Sam \\Lee")]
    [InlineData("Sam /Lee")]
    [InlineData("Sam \"Lee")]
    [InlineData("Sam Le\u200Be")]
    public void EachCharacterNoNameHas_IsSaid(string name) =>
        Assert.Contains(One($"| Name | Email |\n|---|---|\n| {name} | x@example.com |\n\n* [ ] Salesforce: x").Problems, p => p.StartsWith("the name holds characters no name has", StringComparison.Ordinal));

    [Fact]
    public void APersonWithNeitherNameNorAddress_IsNamedByPlace_AndHasNoLastName()
    {
        var users = UserPlan.Of(new ArRequest { People = [new Person { Name = "Ana Lima", Email = "ana@example.com" }, new Person { Role = "SDR" }] }, "SDR", new ProvisioningMap());

        Assert.Equal("person 2", users[1].Person);
        Assert.Contains("no last name in the AR", users[1].Problems);
        Assert.Null(users[1].Alias);
        Assert.Equal("alima", users[0].Alias);
    }

    [Fact]
    public void ALineOfExactlyTheLongestCommand_IsACommand_OneLonger_IsNot()
    {
        const string Start = "@bot provision ";
        var longest = Start + new string('s', ProvisionCommand.MaxLine - Start.Length);

        Assert.Equal(ProvisionCommand.MaxLine, longest.Length);
        Assert.Single(BotCommand.In(longest, "bot"));
        Assert.Single(ProvisionCommand.In(longest, "bot"));
        Assert.Empty(BotCommand.In(longest + "s", "bot"));
        Assert.Empty(ProvisionCommand.In(longest + "s", "bot"));
    }

    [Fact]
    public void WithoutABotName_NothingIsACommand()
    {
        Assert.Empty(BotCommand.In("@ verify", ""));
        Assert.Empty(ProvisionCommand.In("@ provision salesforce", ""));
        Assert.Empty(ProvisionCommand.In(null, "bot"));
    }

    [Fact]
    public void ANoteWithoutFailures_SaysNothingAboutSayingItAgain_AndAnAfterwordIsItsLastLine()
    {
        var note = ProvisionNote.Render("Salesforce", "jdoe", [new("Jane", "jane@example.com", ProvisionOutcomeKind.Created)], "k", afterword: "Held for a seat.");

        Assert.DoesNotContain("say the command again", note, StringComparison.Ordinal);
        Assert.EndsWith("|\n\nHeld for a seat.\n", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Held for a seat.", ProvisionNote.Render("Salesforce", "jdoe", [new("Jane", "jane@example.com", ProvisionOutcomeKind.Created)], "k"), StringComparison.Ordinal);
    }

    [Fact]
    public void LongWordsAndValues_AreCut_ShortOnesKept()
    {
        var note = ProvisionNote.Render("Salesforce", "jdoe",
        [
            new(new string('n', 121), new string('a', 120), ProvisionOutcomeKind.Refused, new string('d', 201)),
            new("Lee", "lee@example.com", ProvisionOutcomeKind.NoSeat, new string('e', 200)),
        ], "k");

        Assert.Contains("`" + new string('n', 120) + "…`", note, StringComparison.Ordinal);
        Assert.Contains("`" + new string('a', 120) + "`", note, StringComparison.Ordinal);
        Assert.Contains("✗ refused: " + new string('d', 200) + "… |", note, StringComparison.Ordinal);
        Assert.Contains("✗ no free seat: " + new string('e', 200) + " |", note, StringComparison.Ordinal);
    }

    [Fact]
    public void AVerification_SaysWhoAsked_OrWhy_AndTheLegend_RowByRow()
    {
        var rows = new[] { new VerifyRow("Jane", [(VerifyCheck.Present, null)]), new VerifyRow("Omar", [(VerifyCheck.Missing, new string('w', 121))]) };

        var asked = VerifyNote.Render(["Salesforce"], rows, "k", beforeCompletion: false, by: "jdoe");
        var plain = VerifyNote.Render(["Salesforce"], rows, "k", beforeCompletion: false);

        Assert.Contains("**Verified** as `jdoe` asked:", asked, StringComparison.Ordinal);
        Assert.Contains("**Verified**: whether each person", plain, StringComparison.Ordinal);
        Assert.Contains("| `Jane` | ✓ |\n| `Omar` | ✗ " + new string('w', 120) + "… |\n\n✓ present · ✗ missing · — not connected (check it by hand) · ? could not be read now\n", asked, StringComparison.Ordinal);
        Assert.EndsWith("\nSomething is missing: the bot will not mark this AR Completed until a verification finds everything (or a person sets Completed).\n", asked, StringComparison.Ordinal);
        Assert.True(VerifyNote.IsMissing(rows)); // one ✗ among ✓ is missing
    }

    [Theory]
    [InlineData("<!-- salesops-ar-bot verify key=k complete -->", false)]
    [InlineData("<!-- salesops-ar-bot verify key=k missing -->", true)]
    [InlineData("<!-- salesops-ar-bot verify key=k -->", null)]
    [InlineData("<!-- salesops-ar-bot verify key=k missing", null)]
    public void TheMarker_HoldsTheVerdict_OnlyWhenItSaysOne(string body, bool? missing) => Assert.Equal(missing, VerifyNote.MissingIn(body));

    [Fact]
    public void AMarkerThatDoesNotCloseNearItsStart_HoldsNoVerdict() =>
        Assert.Null(VerifyNote.MissingIn("<!-- salesops-ar-bot verify key=k " + new string('x', 200) + " missing -->"));

    [Fact]
    public void AWhyOfExactlyItsBound_IsKeptWhole() =>
        Assert.Contains("| ✗ " + new string('w', 120) + " |", VerifyNote.Render(["Salesforce"], [new VerifyRow("Jane", [(VerifyCheck.Missing, new string('w', 120))])], "k", beforeCompletion: false), StringComparison.Ordinal);

    [Fact]
    public void ARefusalWithoutWords_IsJustRefused() =>
        Assert.Contains("| `Jane` | `j@example.com` | ✗ refused |", ProvisionNote.Render("DataFox", "jdoe", [new("Jane", "j@example.com", ProvisionOutcomeKind.Refused)], "k"), StringComparison.Ordinal);

    [Fact]
    public void AnEmptyFirstName_GivesNoInitial() => Assert.Equal("doe", UserPlan.Alias("", "Doe", null));

    [Theory]
    [InlineData(199, true)]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void TheMarkersEnd_IsLookedForInItsFirst200Characters(int end, bool read)
    {
        const string Start = "<!-- salesops-ar-bot verify key=k";
        var body = Start + new string(' ', end - Start.Length - " missing ".Length) + " missing -->";

        Assert.Equal(end, body.IndexOf("-->", StringComparison.Ordinal));
        Assert.Equal(read ? true : null, VerifyNote.MissingIn(body));
    }
}
