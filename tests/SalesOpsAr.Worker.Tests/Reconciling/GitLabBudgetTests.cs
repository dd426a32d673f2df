using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Reconciling;

/// <summary>The client paces itself under GitLab:CallsPerMinute, so a GitLab enforcing that limit never says 429.</summary>
public sealed class GitLabBudgetTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new() { RateLimitPerMinute = 600 };

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task BurstOverTheBudget_IsPacedUnderIt_WithNo429()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => s["GitLab:CallsPerMinute"] = "600");
        var ars = Enumerable.Range(0, 20).Select(i => _gitLab.AddIssue(4242, 120 + i, Ars.Template, labels: [Ars.ActionNeeded])).ToList();

        var clock = Stopwatch.StartNew();
        foreach (var ar in ars)
        {
            using var _ = await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        }

        foreach (var ar in ars)
        {
            await Eventually.Until(ar.BotNotes, n => n.Count == 1, $"AR {ar.Iid} done", seconds: 60);
        }

        var calls = _gitLab.Calls().Count;
        Assert.Equal(0, _gitLab.Throttled);
        Assert.Equal(60, calls);
        // 60 calls at 600 a minute (paced at 97%) cannot take much under 6 s: the client did wait its turn.
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(5), $"took only {clock.Elapsed}");
    }
}
