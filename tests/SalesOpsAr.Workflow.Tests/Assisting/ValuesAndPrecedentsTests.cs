using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>Where a step's value comes from when the AR does not give it for the system, and what a past AR is said to have got.</summary>
public sealed class ValuesAndPrecedentsTests
{
    private static readonly ArRequestReader Reader = new(Ars.Settings);

    [Theory]
    [InlineData("Role", "AE; SDR")]
    [InlineData("title", "AE; SDR")]
    [InlineData("Job Title", "AE; SDR")]
    [InlineData("Team", "West; EMEA")] // the team, else the region
    [InlineData("Region", "EMEA")]
    public void FromThePeople_TheirDistinctValues(string key, string value)
    {
        var request = Reader.Read("| Name | Email | Title | Team | Region |\n|---|---|---|---|---|\n| A | a@x.co | AE | West | |\n| B | b@x.co | SDR | | EMEA |\n| C | c@x.co | ae | west | |", null);

        Assert.Equal(new RunbookValue(value, RunbookValueSource.People), request.ValueFor("Chorus", key));
    }

    [Fact]
    public void NothingKnownOfThePeople_IsMissing() =>
        Assert.True(Reader.Read("| Name | Email |\n|---|---|\n| A | a@x.co |", null).ValueFor("Chorus", "Team").IsMissing);

    [Fact]
    public void APastArStatingItsValues_GaveThose()
    {
        var past = Reader.Read("Name: Old Hire\nTitle: AE\n\n#### Chorus\nRole: Recorder\nTeam: West\nLicense Type: Full\n* [x] Chorus: seat", null);

        var precedent = Precedent.Of(9, "Old Hire", null, past, [Runbooks.Chorus, Runbooks.DataFox]);

        Assert.Equal(new Dictionary<string, string> { ["Chorus"] = "Role Recorder, Team West, License Type Full" }, precedent.Given);
    }

    [Fact]
    public void APastArStatingNothing_GaveWhatItsTasksSay()
    {
        var past = Reader.Read("Name: Old Hire\n\n### Sales Ops\n* [x] Chorus: recorder seat\n* [x] Chorus: EMEA team", null);

        Assert.Equal("Chorus: recorder seat; Chorus: EMEA team", Precedent.Of(9, "x", null, past, [Runbooks.Chorus]).Given["Chorus"]);
    }

    [Fact]
    public void APastArsPeopleValues_CountOnlyForASystemItAskedFor()
    {
        var asked = Reader.Read("Name: Old Hire\nTitle: AE\nTeam: West\n\n* [x] Chorus: seat", null);
        var notAsked = Reader.Read("Name: Old Hire\nTitle: AE\nTeam: West\n\n* [x] Clari: seat", null);

        Assert.Equal("Role AE, Team West", Precedent.Of(9, "x", null, asked, [Runbooks.Chorus]).Given["Chorus"]);
        Assert.Empty(Precedent.Of(9, "x", null, notAsked, [Runbooks.Chorus]).Given);
    }

    [Theory]
    [InlineData("AE", true)]
    [InlineData(" ae ", true)]
    [InlineData("SDR", false)]
    public void SameRole_AnyOfItsPeople_AnyCase(string role, bool same) =>
        Assert.Equal(same, Precedent.SameRole(Reader.Read("| Name | Email | Title |\n|---|---|---|\n| A | a@x.co | SDR Lead |\n| B | b@x.co | AE |", null), role));
}
