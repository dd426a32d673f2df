using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>The client paces itself under GitLab:CallsPerMinute, so a GitLab enforcing that rate never says 429.</summary>
public sealed class GitLabBudgetTests : IDisposable
{
    // GitLab's window is a minute; the fake enforces the same rate over any second (10 a second = 600 a minute,
    // with room for loopback jitter), so an unpaced burst meets 429s within the test and a paced one never does.
    private readonly FakeGitLab _gitLab = new() { RateLimitPerMinute = 12, RateLimitWindow = TimeSpan.FromSeconds(1) };

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task BurstOverTheBudget_IsPacedUnderIt_WithNo429()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => s["GitLab:CallsPerMinute"] = "600");
        var ars = Enumerable.Range(0, 20).Select(i => _gitLab.AddIssue(4242, 120 + i, Ars.Template, labels: [Ars.ActionNeeded])).ToList();

        foreach (var ar in ars)
        {
            using var _ = await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        }

        foreach (var ar in ars)
        {
            await Eventually.Until(ar.BotNotes, n => n.Count == 1, $"AR {ar.Iid} done", seconds: 60);
        }

        Assert.Equal(0, _gitLab.Throttled);
        Assert.Equal(80, _gitLab.Calls().Count); // per AR: GET, PUT, GET notes (is the CC still owed?), POST
    }
}
