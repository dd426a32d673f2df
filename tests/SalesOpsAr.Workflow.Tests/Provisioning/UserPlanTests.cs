using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Workflow.Tests.Provisioning;

/// <summary>The users the bot would create for an AR: names split, alias made, region and title mapped, problems said.</summary>
public sealed class UserPlanTests
{
    private static readonly ProvisioningMap Map = new()
    {
        Regions = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase) { ["EMEA"] = ("Europe/London", "en_GB") },
        Roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Account Executive"] = "AE - West" },
    };

    private static IReadOnlyList<PlannedUser> Plan(string description, string? profile = "Account Executive", ProvisioningMap? map = null) =>
        UserPlan.Of(new ArRequestReader(Reconciling.Ars.Settings).Read(description, null), profile, map ?? Map);

    [Fact]
    public void APersonOfTheTemplate_GetsEveryRequiredValue()
    {
        var user = Assert.Single(Plan("Name: Jane Q. Doe\nEmail: jane.doe@example.com\nTitle: Account Executive\nRegion: EMEA\n\n* [ ] Salesforce: Account Executive profile"));

        Assert.True(user.Ready, string.Join("; ", user.Problems));
        Assert.Equal(("Jane Q.", "Doe", "jane.doe@example.com", "jane.doe@example.com"), (user.FirstName, user.LastName, user.Email, user.Username));
        Assert.Equal(("jdoe", "Account Executive", "AE - West"), (user.Alias, user.Profile, user.Role));
        Assert.Equal(("Europe/London", "en_GB"), (user.TimeZone, user.Locale));
    }

    [Fact]
    public void NoRegionOrTitleMapped_TakesTheDocumentedDefaults_AndNoRole()
    {
        var user = Assert.Single(Plan("Name: Sam Lee\nEmail: sam@example.com\nTitle: Wizard\n\n* [ ] Salesforce: Account Executive profile"));

        Assert.Equal(("America/Los_Angeles", "en_US", null), (user.TimeZone, user.Locale, user.Role));
    }

    [Fact]
    public void ASandboxSuffix_MakesTheUsername()
    {
        var user = Assert.Single(Plan("Name: Sam Lee\nEmail: sam@example.com\n\n* [ ] Salesforce: x", map: Map with { UsernameSuffix = ".uat" }));

        Assert.Equal("sam@example.com.uat", user.Username);
    }

    [Fact]
    public void WhatIsMissingOrAmbiguous_IsSaidPerPerson()
    {
        var users = Plan("| Name | Email |\n|---|---|\n| Ana Lima | same@example.com |\n| Ben Ode | same@example.com |\n| Cleo Park | |\n\n* [ ] Salesforce: SDR profile", profile: null);

        Assert.Equal(["Ana Lima", "Ben Ode", "Cleo Park"], users.Select(u => u.Person)); // nobody dropped
        Assert.All(users.Take(2), u => Assert.Contains("another person in the AR has the same e-mail address", u.Problems));
        Assert.Contains("no e-mail address in the AR", users.Single(u => u.Person == "Cleo Park").Problems);
        Assert.All(users, u => Assert.Contains("no profile named in the AR", u.Problems));
    }

    [Theory]
    [InlineData("Jane", "Doe", null, "jdoe")]
    [InlineData("Jane", "Montgomery-Smythe", null, "jmontgom")]
    [InlineData(null, "Zoë", null, "zo")]
    [InlineData("Ólafur", "Þórsson", null, "rsson")]
    [InlineData(null, null, "x@example.com", "xexample")]
    [InlineData(null, "李", null, null)]
    public void TheAlias_IsAsciiLowerCaseAtMost8(string? first, string? last, string? email, string? alias) =>
        Assert.Equal(alias, UserPlan.Alias(first, last, email));

    [Fact]
    public void ABulkArBeyond500_IsPlannedFor500()
    {
        var people = string.Join("\n", Enumerable.Range(0, 600).Select(i => $"- Person {i} p{i}@example.com"));

        Assert.Equal(UserPlan.MaxPeople, Plan(people + "\n\n* [ ] Salesforce: x").Count);
    }

    [Theory]
    [InlineData("/close @all", "the name holds characters no name has")]
    [InlineData("<script>alert(1)</script> Doe", "the name holds characters no name has")]
    [InlineData("Jane \u202Eeod", "the name holds characters no name has")]
    public void AHostileName_IsNotReady_AndSaysWhy(string name, string problem)
    {
        var user = Assert.Single(Plan($"| Name | Email |\n|---|---|\n| {name} | jane@example.com |\n\n* [ ] Salesforce: x"));

        Assert.False(user.Ready);
        Assert.Contains(user.Problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void ANameLongerThanSalesforceTakes_IsNotReady()
    {
        var user = Assert.Single(Plan($"Name: Jane {new string('a', 10_000)}\nEmail: jane@example.com\n\n* [ ] Salesforce: x"));

        Assert.Contains("the name is longer than Salesforce takes (40 for a first name, 80 for a last name)", user.Problems);
    }

    [Fact]
    public void ForASystemWithoutProfiles_NoProfileIsNoProblem()
    {
        var user = Assert.Single(UserPlan.Of(new ArRequestReader(Reconciling.Ars.Settings).Read("Name: Sam Lee\nEmail: sam@example.com\n\n* [ ] DataFox: user", null), null, Map, profileNeeded: false));

        Assert.True(user.Ready, string.Join("; ", user.Problems));
    }
}
