using System.Globalization;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary><c>sweep --once</c> as an operator runs it: the built binary, configured by environment.</summary>
public sealed class SweepCommandTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task SweepOnceDryRun_WithoutAToken_SaysItNeedsOneEvenForADryRun_AndWhatToTryInstead()
    {
        var (exitCode, output) = await ServiceProcess.RunAsync(ServiceProcess.MinimalValid(), ["sweep", "--once", "--dry-run"]);
        var (_, help) = await ServiceProcess.RunAsync(ServiceProcess.MinimalValid(), ["sweep", "--help"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("GitLab__Token is not set; a sweep, even with --dry-run, reads the ARs from GitLab", output, StringComparison.Ordinal);
        Assert.Contains("replay FILE", output, StringComparison.Ordinal);
        Assert.All(new[] { output, help }, text => Assert.Contains("dotnet run --project tools/SalesOpsAr.Demo", text, StringComparison.Ordinal));
        Assert.Contains("needs GitLab__Token", help, StringComparison.Ordinal);
        Assert.DoesNotContain("or no token", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SweepOnceDryRun_PrintsWhatWouldBeFlaggedAndWhy_AndWritesNothing()
    {
        var old = TimeProvider.System.GetUtcNow().AddDays(-30); // the process runs on the system clock
        var ar = _gitLab.AddIssue(4242, 301, Ars.TemplateCcd, labels: [Ars.ActionNeeded]);
        ar.CreatedAt = ar.UpdatedAt = old;
        _gitLab.AddLabelEvent(ar, "onboarding-bot", Ars.ActionNeeded, "add", old);

        var (exitCode, output) = await ServiceProcess.RunAsync(Environment(), ["sweep", "--once", "--dry-run"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("(dry-run: nothing written)", output, StringComparison.Ordinal);
        Assert.Contains("ARs seen:      1", output, StringComparison.Ordinal);
        Assert.Contains("ARs flagged:   1", output, StringComparison.Ordinal);
        Assert.Contains("#301", output, StringComparison.Ordinal);
        Assert.Contains("with nobody from Sales Ops assigned", output, StringComparison.Ordinal);
        Assert.Empty(ar.BotNotes());
        Assert.DoesNotContain(_gitLab.Calls(), c => c.StartsWith("PUT", StringComparison.Ordinal) || c.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SweepOnce_WithARefusedToken_ExitsNonZeroSayingSo()
    {
        var environment = Environment();
        environment["GitLab__Token"] = "glpat-wrong";

        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["sweep", "--once"]);

        Assert.Equal(3, exitCode);
        Assert.Contains("refused the token (401)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("glpat-wrong", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SweepOnce_WithGitLabUnreachable_ExitsNonZeroSayingSo()
    {
        var environment = Environment();
        environment["GitLab__BaseUrl"] = "http://127.0.0.1:9";

        var (exitCode, output) = await ServiceProcess.RunAsync(environment, ["sweep", "--once"]);

        Assert.Equal(3, exitCode);
        Assert.Contains("GitLab at http://127.0.0.1:9 is unreachable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SweepOnce_OneArRefusedAmongOthers_ExitsOneListingIt_NotBlamingTheToken()
    {
        var old = TimeProvider.System.GetUtcNow().AddDays(-30);
        foreach (var iid in new[] { 302L, 303 })
        {
            var ar = _gitLab.AddIssue(4242, iid, Ars.TemplateCcd, labels: [Ars.ActionNeeded]);
            ar.Title = $"Person {iid}, Salesforce, AE";
            ar.CreatedAt = ar.UpdatedAt = old;
            _gitLab.AddLabelEvent(ar, "onboarding-bot", Ars.ActionNeeded, "add", old);
        }

        _gitLab.Issue(4242, 303).FailOn["GET /resource_label_events"] = 403;

        var (exitCode, output) = await ServiceProcess.RunAsync(Environment(), ["sweep", "--once"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("ARs failed:    1 (tried again at the next sweep)", output, StringComparison.Ordinal);
        Assert.Contains("! #303 Person 303, Salesforce, AE (history): GitLab answered 403 Forbidden to GET label events", output, StringComparison.Ordinal);
        Assert.DoesNotContain("refused the token", output, StringComparison.Ordinal);
        Assert.Single(_gitLab.Issue(4242, 302).BotNotes());
    }

    private Dictionary<string, string> Environment() => ServiceProcess.Environment(
        _gitLab,
        broker: null,
        ("GitLab__ProjectIds__0", "4242"),
        ("GitLab__MaxRetries", "0"),
        ("Sweep__Calendar__TimeZone", "UTC"));
}
