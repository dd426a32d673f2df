using SalesOpsAr.Worker.Features.Assisting;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Assisting;

/// <summary>The precedent search's memory: only what the note needs, expired by time, bounded by roles and bytes.</summary>
public sealed class PrecedentFinderTests
{
    // A past bulk AR: a megabyte of people for one role, as the attack's Completed ARs were.
    private static string Bulk(string role) =>
        "| Name | Email | Title |\n|---|---|---|\n"
        + string.Concat(Enumerable.Range(0, 4_000).Select(i => $"| Person {i} | p{i}@example.com | {role} |\n" + new string(' ', 200)))
        + "\n#### Chorus\nRole: Listener\n* [x] Chorus: seat";

    [Fact]
    public async Task ThirtyRolesOfMegabyteArs_KeepAFewHundredBytesAPrecedent()
    {
        await using var services = new FeatureServices();
        for (var r = 0; r < 30; r++)
        {
            services.GitLab.Add(100 + r, Bulk($"Role{r} Rep"), labels: [Completed], title: $"Bulk onboarding, Chorus, Role{r} Rep");
        }

        var finder = services.Get<PrecedentFinder>();
        var runbooks = services.Get<RunbookCatalog>().All;
        for (var r = 0; r < 30; r++)
        {
            Assert.Single(await finder.FindAsync(4242, 1, $"Role{r} Rep", runbooks, CancellationToken.None));
        }

        var (roles, bytes) = finder.Cached;
        Assert.Equal(30, roles);
        Assert.True(bytes < 30 * 2_000, $"{bytes:N0} bytes for 30 precedents"); // the issues themselves were 30 MB
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("0", 0)]
    public async Task ThePrecedentsQuoted_AreAtMostAssistantPrecedents(string configured, int quoted)
    {
        await using var services = new FeatureServices(settings: new Dictionary<string, string?> { ["Assistant:Precedents"] = configured });
        for (var i = 0; i < 5; i++)
        {
            services.GitLab.Add(300 + i, "Name: Old Hire\nTitle: Sales Development Rep\n\n#### Chorus\nRole: Listener\n* [x] Chorus: seat", labels: [Completed], title: $"Old Hire {i}, Chorus, Sales Development Rep");
        }

        var found = await services.Get<PrecedentFinder>().FindAsync(4242, 1, "Sales Development Rep", services.Get<RunbookCatalog>().All, CancellationToken.None);

        Assert.Equal(quoted, found.Count);
    }

    [Fact]
    public async Task ASearch_IsForgottenOnceItExpires_AndMadeAgainWhenNeeded()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(200, "Name: Old Hire\nTitle: Sales Development Rep\n\n#### Chorus\nRole: Listener\n* [x] Chorus: seat", labels: [Completed], title: "Old Hire, Chorus, Sales Development Rep");
        var finder = services.Get<PrecedentFinder>();
        var runbooks = services.Get<RunbookCatalog>().All;

        await finder.FindAsync(4242, 1, "Sales Development Rep", runbooks, CancellationToken.None);
        await finder.FindAsync(4242, 2, "Sales Development Rep", runbooks, CancellationToken.None);
        services.Clock.Advance(TimeSpan.FromMinutes(11)); // Assistant:PrecedentCache is 10 minutes
        await finder.FindAsync(4242, 3, "Account Executive", runbooks, CancellationToken.None);

        Assert.Equal(1, finder.Cached.Roles); // the expired search is gone, not only unused
        Assert.Equal(2, services.GitLab.Calls.Count(c => c.StartsWith("GET search", StringComparison.Ordinal)));
        await finder.FindAsync(4242, 4, "Sales Development Rep", runbooks, CancellationToken.None);
        Assert.Equal(3, services.GitLab.Calls.Count(c => c.StartsWith("GET search", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MoreRolesThanTheBound_TheOldestSearchesGoFirst()
    {
        await using var services = new FeatureServices();
        var finder = services.Get<PrecedentFinder>();
        var runbooks = services.Get<RunbookCatalog>().All;

        for (var r = 0; r < PrecedentFinder.MaxRoles + 20; r++)
        {
            await finder.FindAsync(4242, 1, $"Role number {r}", runbooks, CancellationToken.None);
            services.Clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(PrecedentFinder.MaxRoles, finder.Cached.Roles);
    }

    [Fact]
    public async Task APrecedentsTitleAndValues_AreCut_WhenLong()
    {
        await using var services = new FeatureServices();
        var title = "Jane Doe, Chorus, Sales Development Rep " + new string('x', 5_000);
        services.GitLab.Add(300, "Name: Jane Doe\nTitle: Sales Development Rep\n\n#### Chorus\nRole: " + new string('L', 5_000) + "\n* [x] Chorus: seat", labels: [Completed], title: title);

        var found = Assert.Single(await services.Get<PrecedentFinder>().FindAsync(4242, 1, "Sales Development Rep", services.Get<RunbookCatalog>().All, CancellationToken.None));

        Assert.True(found.Title.Length <= 201, $"{found.Title.Length}");
        Assert.All(found.Given.Values, v => Assert.True(v.Length <= 301, $"{v.Length}"));
    }
}
