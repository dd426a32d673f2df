using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Licences;

namespace SalesOpsAr.Workflow.Tests.Licences;

/// <summary>Which seats an AR needs, read from its text the way the handbook's templates write it.</summary>
public sealed class SeatNeedsTests
{
    private static readonly LicenceMap Map = new(
        "Salesforce",
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Account Executive"] = "Salesforce", ["Sales Analyst"] = "Salesforce Platform" },
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["CPQ"] = "SalesforceCPQ_CPQStandardPerm" });

    private static readonly IReadOnlySet<string> NobodyHasAUser = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static SeatAsk? Ask(string description, string? title = null) =>
        SeatAsk.Of(new ArRequestReader(Reconciling.Ars.Settings).Read(description, title), "Salesforce");

    [Theory]
    [InlineData("Salesforce: Account Executive profile", "Account Executive")]
    [InlineData("SFDC: SDR profile", "SDR")]
    [InlineData("Salesforce:   Sales Analyst   Profile", "Sales Analyst")]
    [InlineData("Salesforce: profile", null)]
    [InlineData("Salesforce: Account Executive profiles", null)]
    [InlineData("Salesforce: Account Executiveprofile", null)]
    [InlineData("Salesforce Account Executive profile", null)]
    [InlineData("Chorus: recorder licence", null)]
    public void TheProfile_IsTheWordsBeforeProfile_AfterTheColon(string line, string? profile) =>
        Assert.Equal(profile, SeatAsk.ProfileIn(line));

    [Fact]
    public void AnArOfTheHandbooksTemplate_NeedsOneSeatOfItsProfilesLicence()
    {
        var ask = Ask("## Baseline entitlements for a new Account Executive\n\n#### Sales to-do:\n* [ ] Salesforce: Account Executive profile\n* [ ] Chorus: recorder licence\n", "Jane Doe, Salesforce, Account Executive");

        Assert.NotNull(ask);
        Assert.Equal("Account Executive", ask.Profile);
        Assert.Equal([new SeatNeed("Salesforce", 1)], SeatNeeds.Of(ask, Map, NobodyHasAUser));
    }

    [Fact]
    public void AnArThatDoesNotAskForSalesforce_NeedsNoSeat() =>
        Assert.Null(Ask("#### Sales to-do:\n* [ ] Chorus: recorder licence\n"));

    [Fact]
    public void ABulkAr_NeedsASeatPerPersonWithoutAnActiveUser()
    {
        var ask = Ask("- Jane Doe jane@acme.example\n- John Roe john@acme.example\n- Ann Poe ann@acme.example\n\n* [ ] Salesforce: Sales Analyst profile\n")!;
        var active = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "JANE@acme.example" };

        Assert.Equal([new SeatNeed("Salesforce Platform", 2)], SeatNeeds.Of(ask, Map, active));
    }

    [Fact]
    public void EveryoneHasAUser_NoSeatIsNeeded()
    {
        var ask = Ask("- Jane Doe jane@acme.example\n\n* [ ] Salesforce: Account Executive profile\n")!;

        Assert.Empty(SeatNeeds.Of(ask, Map, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "jane@acme.example" }));
    }

    [Fact]
    public void AnUnknownProfile_TakesTheDefaultLicence()
    {
        var ask = Ask("* [ ] Salesforce: Partner Wizard profile\n")!;

        Assert.Equal("Salesforce", Assert.Single(SeatNeeds.Of(ask, Map, NobodyHasAUser)).Licence);
    }

    [Theory]
    [InlineData("* [ ] Salesforce: Account Executive profile with CPQ\n", true)]
    [InlineData("* [ ] Salesforce: Account Executive profile, cpq licence\n", true)]
    [InlineData("* [ ] Salesforce: Account Executive profile, CPQX sandbox\n", false)]
    [InlineData("* [ ] Salesforce: Account Executive profile\n* [ ] Chorus: CPQ dashboards\n", false)] // another system's line
    public void AnAddOnWord_InASalesforceLine_NeedsItsPermissionSetLicenceToo(string tasks, bool needsCpq)
    {
        var needs = SeatNeeds.Of(Ask("- Jane Doe jane@acme.example\n- John Roe john@acme.example\n\n" + tasks)!, Map, NobodyHasAUser);

        Assert.Equal(needsCpq, needs.Contains(new SeatNeed("SalesforceCPQ_CPQStandardPerm", 2)));
        Assert.Contains(new SeatNeed("Salesforce", 2), needs);
    }

    [Fact]
    public void AProfileGivenAsAValue_WinsOverTheTaskLine()
    {
        var ask = Ask("Profile: Sales Analyst\n\n* [ ] Salesforce: Account Executive profile\n")!;

        Assert.Equal("Sales Analyst", ask.Profile);
    }

    [Fact]
    public void AHugeBulkAr_IsBounded()
    {
        var people = string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"- Person {i} p{i}@acme.example"));
        var ask = Ask(people + "\n\n* [ ] Salesforce: Account Executive profile\n")!;

        Assert.Equal(SeatAsk.MaxEmails, ask.Emails.Count);
        Assert.Equal(1000, ask.People);
        Assert.Equal(1000, Assert.Single(SeatNeeds.Of(ask, Map, NobodyHasAUser)).Seats); // the ones not looked up need seats
    }
}
