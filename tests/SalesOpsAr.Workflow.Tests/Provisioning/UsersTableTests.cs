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
}
