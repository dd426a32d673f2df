using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Licences;
using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Workflow.Tests.Provisioning;

/// <summary>The runbook note's table of the Salesforce users an AR asks for (#24): one row a person, inert values, problems said.</summary>
public sealed class UsersTableTests
{
    private static readonly ArRequestReader Reader = new(Reconciling.Ars.Settings);
    private static readonly Runbook Salesforce = new() { System = "Salesforce", Steps = [] };

    private static string Note(string description)
    {
        var request = Reader.Read(description, null);
        return RunbookNote.Render(new RunbookNoteInput
        {
            Request = request,
            Runbooks = [Salesforce],
            SalesforceUsers = UserPlan.Of(request, SeatAsk.Of(request, "Salesforce")?.Profile, new ProvisioningMap()),
        });
    }

    [Fact]
    public void APerson_IsARow_WithEveryValueAsCode()
    {
        var note = Note("Name: Jane Doe\nEmail: jane.doe@example.com\n\n* [ ] Salesforce: Account Executive profile");

        Assert.Contains("| Person | Username | First name | Last name | Alias | Profile | Role | Time zone | Locale | |", note, StringComparison.Ordinal);
        Assert.Contains("| `Jane Doe` | `jane.doe@example.com` | `Jane` | `Doe` | `jdoe` | `Account Executive` | — | `America/Los_Angeles` | `en_US` | ready |", note, StringComparison.Ordinal);
    }

    [Fact]
    public void AHostileName_StaysInItsCell_AndInert()
    {
        var note = Note("Name: Jane | [x](https://evil.example) Doe\nEmail: jane@example.com\n\n* [ ] Salesforce: Account Executive profile");

        var row = Assert.Single(note.Split('\n'), l => l.Contains("jane@example.com", StringComparison.Ordinal) && l.StartsWith('|'));
        Assert.StartsWith("| `Jane \\| [x](https://evil.example) Doe` | `jane@example.com` |", row, StringComparison.Ordinal); // code: no link; its pipe escaped: one cell
    }

    [Fact]
    public void WhatIsMissing_IsSaidInTheRow()
    {
        var note = Note("Name: Sam Lee\n\n* [ ] Salesforce: please");

        Assert.Contains("✗ no e-mail address in the AR; no profile named in the AR |", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ABulkAr_ListsFifty_AndCountsTheRest()
    {
        var note = Note(string.Join("\n", Enumerable.Range(0, 60).Select(i => $"- Person {i} p{i}@example.com")) + "\n\n* [ ] Salesforce: SDR profile");

        Assert.Equal(RunbookNote.MaxUsersListed, note.Split('\n').Count(l => l.EndsWith("| ready |", StringComparison.Ordinal)));
        Assert.Contains("_and 10 more people: see the AR._", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, ".")]
    [InlineData(1, "; 1 AR waits for a seat.")]
    [InlineData(3, "; 3 ARs wait for a seat.")]
    public void TheSeatsLine_SaysEachFeaturedLicence_AndHowManyWait(int waiting, string end)
    {
        var note = RunbookNote.Render(new RunbookNoteInput
        {
            Request = Reader.Read("* [ ] Salesforce: x", null),
            Runbooks = [Salesforce],
            Seats = [new SeatCount("Salesforce", 1250, 1248), new SeatCount("Bad `x`", 1, 2)],
            SeatsWaiting = waiting,
        });

        Assert.Contains("\n**Salesforce seats** at the last sweep: `Salesforce` 1,248 of 1,250 used, 2 free · `` Bad `x` `` not counted sensibly" + end + "\n", note, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeatsLine_QuotesTenLicencesAtMost_AndNoneWithoutSeats()
    {
        var request = Reader.Read("* [ ] Salesforce: x", null);
        var many = RunbookNote.Render(new RunbookNoteInput { Request = request, Runbooks = [Salesforce], Seats = [.. Enumerable.Range(0, 12).Select(i => new SeatCount($"L{i}", 10, 1))] });
        var none = RunbookNote.Render(new RunbookNoteInput { Request = request, Runbooks = [Salesforce] });

        Assert.Contains("`L9` 1 of 10 used, 9 free.", many, StringComparison.Ordinal);
        Assert.DoesNotContain("`L10`", many, StringComparison.Ordinal);
        Assert.DoesNotContain("Salesforce seats", none, StringComparison.Ordinal);
        Assert.DoesNotContain("Salesforce users to create", none, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTable_OpensWithItsWordsAndHeader_AndFiftyPeopleNeedNoMoreLine()
    {
        var note = Note(string.Join("\n", Enumerable.Range(0, 50).Select(i => $"- Person {i} p{i}@example.com")) + "\n\n* [ ] Salesforce: SDR profile");

        Assert.Contains("\n\n**Salesforce users to create**, from the AR and the operator's mapping (check them before creating):\n\n| Person | Username | First name | Last name | Alias | Profile | Role | Time zone | Locale | |\n|---|---|---|---|---|---|---|---|---|---|\n| `p0@example.com` |", note, StringComparison.Ordinal);
        Assert.DoesNotContain("more people", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(120, false)]
    [InlineData(121, true)]
    public void ALongValue_IsCutPast120Characters(int length, bool cut)
    {
        var profile = new string('p', length);
        var note = Note($"Name: Jane Doe\nEmail: jane@example.com\nProfile: {profile}\n\n* [ ] Salesforce: x");

        Assert.Contains(cut ? $"| `{profile[..120]}…` |" : $"| `{profile}` |", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("| Jane Doe | jane@example.com |\n| jane doe | JANE@example.com |", 1)] // the same person twice, any case
    [InlineData("| Jane Doe | jane@example.com |\n| | jane@example.com |", 1)] // a row with the address alone
    [InlineData("| | jane@example.com |\n| Jane Doe | jane@example.com |", 1)]
    [InlineData("| Jane Doe | jane@example.com |\n| John Roe | jane@example.com |", 2)] // two people, one address
    public void ThePeopleListedTwice_AreOne_ButTwoNamesAreTwo(string rows, int people) =>
        Assert.Equal(people, Reader.Read("| Name | Email |\n|---|---|\n" + rows + "\n\n* [ ] Salesforce: x", null).People.Count);
}
