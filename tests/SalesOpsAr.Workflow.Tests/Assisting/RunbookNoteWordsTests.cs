using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>The runbook note's words, case by case: who it is for, what a step says for each kind of value, what is counted rather than quoted.</summary>
public sealed class RunbookNoteWordsTests
{
    private static readonly ArRequestReader Reader = new(Ars.Settings);

    private static readonly Runbook Invite = new()
    {
        System = "Chorus",
        Needs = ["License Type"],
        Defaults = new Dictionary<string, string> { ["Status"] = "Member" },
        Steps = ["Invite {emails}", "Name them {names}", "Status {Status}, licence {License Type}", "Team {Team}, role {Role}"],
    };

    private static string Note(string description, string? requester = "requester", bool askedBefore = false, IReadOnlyList<Precedent>? precedents = null, string? role = null, params Runbook[] runbooks) =>
        RunbookNote.Render(new RunbookNoteInput
        {
            Request = Reader.Read(description, null),
            Runbooks = runbooks.Length == 0 ? [Invite] : runbooks,
            Requester = requester,
            AskedBefore = askedBefore,
            PrecedentRole = role,
            Precedents = precedents ?? [],
        });

    private static string People(int count) =>
        "| Name | Email |\n|---|---|\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"| Person {i} | p{i}@example.com |\n")) + "\n* [ ] Chorus: seat";

    [Theory]
    [InlineData(1, "for 1 person (Person 1): Chorus.")]
    [InlineData(5, "for 5 people (Person 1, Person 2, Person 3, Person 4, Person 5): Chorus.")]
    [InlineData(7, "for 7 people (Person 1, Person 2, Person 3, Person 4, Person 5 and 2 more): Chorus.")]
    public void WhoItIsFor(int people, string said) =>
        Assert.StartsWith("**Sales Ops AR bot — runbook** " + said + " Tick the steps as you go; values in `code` come from the AR.\n", Note(People(people)), StringComparison.Ordinal);

    [Fact]
    public void NobodyNamed_ItSaysSo() =>
        Assert.StartsWith("**Sales Ops AR bot — runbook** for this AR (it names nobody the bot can read): Chorus.", Note("* [ ] Chorus: seat"), StringComparison.Ordinal);

    [Fact]
    public void SomeoneNamedOnlyByAddress_IsCalledByIt() =>
        Assert.Contains("for 1 person (p1@\u2060example.com)", Note("p1@example.com\n\n* [ ] Chorus: seat"), StringComparison.Ordinal);

    [Fact]
    public void EachKindOfValue_ReadsAsItIs()
    {
        var note = Note("| Name | Email | Title | Team |\n|---|---|---|---|\n| Ada Lee | ada@example.com | AE | West |\n\n* [ ] Chorus: seat");

        Assert.Contains("- [ ] Invite `ada@example.com`\n", note, StringComparison.Ordinal);
        Assert.Contains("- [ ] Name them `Ada Lee`\n", note, StringComparison.Ordinal);
        Assert.Contains("- [ ] Status `Member` (unless the AR says otherwise), licence **(no License Type in the AR: asked below)**\n", note, StringComparison.Ordinal);
        Assert.Contains("- [ ] Team `West`, role `AE` _(Team and Role from the people's job titles and teams in the AR: check)_\n", note, StringComparison.Ordinal);
        Assert.Contains("\n**Missing details:** @requester, please add to the AR: Chorus License Type.\n", note, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAddressesOrNames_AreAskedFor_InBold()
    {
        var note = Note("* [ ] Chorus: seat");

        Assert.Contains("- [ ] Invite **(no e-mail addresses in the AR: asked below)**\n", note, StringComparison.Ordinal);
        Assert.Contains("- [ ] Name them **(no names in the AR)**\n", note, StringComparison.Ordinal);
        Assert.Contains("please add to the AR: the e-mail addresses of the people to invite; Chorus License Type.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void AskedBefore_OrNoUsername_TheNoteSaysWhatIsMissing_WithoutAMention()
    {
        Assert.Contains("**Missing details:** the AR does not give Chorus License Type.\n", Note(People(1), askedBefore: true), StringComparison.Ordinal);
        Assert.Contains("**Missing details:** the AR does not give Chorus License Type.\n", Note(People(1), requester: "not a username"), StringComparison.Ordinal);
        Assert.Contains("**Missing details:** the AR does not give Chorus License Type.\n", Note(People(1), requester: null), StringComparison.Ordinal);
        Assert.Contains("@jane.doe_2-x, please add", Note(People(1), requester: "jane.doe_2-x"), StringComparison.Ordinal);
        Assert.DoesNotContain("please add", Note(People(1), requester: new string('a', 256)), StringComparison.Ordinal);
    }

    [Fact]
    public void NothingMissing_NoMissingDetails()
    {
        var note = Note(People(1) + "\nLicense Type: Recorder\nRole: AE\nTeam: West");

        Assert.DoesNotContain("Missing details", note, StringComparison.Ordinal);
        Assert.DoesNotContain(" asked=", note, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThanTwoHundredAddresses_TheFirstAreListed_TheRestCounted()
    {
        var note = Note(People(205));

        Assert.Contains("p200@example.com` (the first 200; 5 more in the AR)\n", note, StringComparison.Ordinal);
        Assert.DoesNotContain("p201@", note, StringComparison.Ordinal);
        Assert.DoesNotContain("more in the AR)", Note(People(200)), StringComparison.Ordinal);
    }

    [Fact]
    public void ASystemWithNoSteps_QuotesWhatTheArAsks_TheFirstTwenty()
    {
        var asks = string.Concat(Enumerable.Range(1, 23).Select(i => $"* [ ] Clari {i}\n"));

        var note = Note(asks, runbooks: Runbooks.Clari);
        var few = Note("* [ ] Clari seat\n", runbooks: Runbooks.Clari);

        Assert.Contains("#### Clari\n_No steps yet: the handbook's Clari section is empty. An operator can add them to the runbooks file._\nThe AR asks: `Clari 1`;", note, StringComparison.Ordinal);
        Assert.Contains("`Clari 20`; and 3 more in the AR\n", note, StringComparison.Ordinal);
        Assert.Contains("The AR asks: `Clari seat`\n", few, StringComparison.Ordinal);
    }

    [Fact]
    public void Precedents_EachWithWhatItWasGiven_OrNoneFound()
    {
        var given = new Precedent(12, "Old Hire, Chorus, AE", "https://gitlab.example.com/ar/-/issues/12", new Dictionary<string, string> { ["Chorus"] = "Role Recorder" });
        var bare = new Precedent(13, "Other Hire", "https://gitlab.example.com/ar/-/issues/13 (moved)", new Dictionary<string, string>());

        var note = Note(People(1), role: "AE", precedents: [given, bare]);

        Assert.Contains("\n**Similar past ARs** for `AE`:\n- [#12](https://gitlab.example.com/ar/-/issues/12) Old Hire, Chorus, AE — Chorus: `Role Recorder`\n- #13 Other Hire\n", note, StringComparison.Ordinal);
        Assert.Contains("\n**Similar past ARs** for `AE`: none found among the Completed ARs.\n", Note(People(1), role: "AE"), StringComparison.Ordinal);
        Assert.DoesNotContain("Similar past ARs", Note(People(1)), StringComparison.Ordinal);
    }
}
