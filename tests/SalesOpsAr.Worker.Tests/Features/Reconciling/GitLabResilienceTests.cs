using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>The GitLab client's one resilience pipeline, seen from the AR: throttling and bursts of errors heal by themselves.</summary>
public sealed class GitLabResilienceTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task Throttled_WaitsAsRetryAfterSaysThenSucceeds()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => s["GitLab:MaxRetries"] = "3");
        var ar = _gitLab.AddIssue(4242, 30, Ars.Template, labels: [Ars.ActionNeeded]);
        ar.RetryAfterSeconds = 2;
        ar.FailNext.Enqueue(429);

        var clock = Stopwatch.StartNew();
        using var _ = await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Eventually.Until(ar.BotNotes, n => n.Count == 1, "the note after the throttled read");

        Assert.Contains(Ars.InProgress, ar.LabelsNow());
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2), $"retried after {clock.Elapsed}, before Retry-After");
        Assert.Equal(["GET", "GET", "PUT", "GET", "POST"], _gitLab.Calls(ar).Select(c => c.Split(' ')[0])); // the GET before the POST: is the CC still owed?
    }

    [Fact]
    public async Task BurstOfServerErrors_IsRetriedWithBackoff()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => s["GitLab:MaxRetries"] = "4");
        var ar = _gitLab.AddIssue(4242, 31, Ars.Template, labels: [Ars.ActionNeeded]);
        ar.FailNext.Enqueue(502);
        ar.FailNext.Enqueue(503);
        ar.FailNext.Enqueue(500);

        using var _ = await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Eventually.Until(ar.BotNotes, n => n.Count == 1, "the note after the errors");

        Assert.Contains(Ars.InProgress, ar.LabelsNow());
        Assert.Equal(7, _gitLab.Calls(ar).Count); // three failed reads, the read, the PUT, the notes read, the note
    }

    [Fact]
    public async Task SlowRead_TimesOutAndIsRetried()
    {
        await using var host = WorkerHost.Wired(_gitLab, s =>
        {
            s["GitLab:MaxRetries"] = "2";
            s["GitLab:RequestTimeout"] = "00:00:01";
        });
        var ar = _gitLab.AddIssue(4242, 34, Ars.Template, labels: [Ars.ActionNeeded]);
        ar.NextGetDelay = TimeSpan.FromSeconds(3); // longer than the per-call timeout

        using var _ = await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Eventually.Until(ar.BotNotes, n => n.Count == 1, "the note after the timed-out read");

        Assert.Contains(Ars.InProgress, ar.LabelsNow());
        // WireMock logs the abandoned read only when it finally answers it, seconds later.
        var calls = await Eventually.Until(() => _gitLab.Calls(ar).Select(c => c.Split(' ')[0]).Order().ToList(), c => c.Count == 4, "the abandoned read in the fake's log");
        Assert.Equal(["GET", "GET", "POST", "PUT"], calls);
    }

    [Fact]
    public async Task FailedNotePost_IsNotRepeatedBlindly_TheRetryLooksFirstThenPostsOnce()
    {
        await using var host = WorkerHost.Wired(_gitLab, s =>
        {
            s["GitLab:MaxRetries"] = "4";
            s["Transport:Retries"] = "1";
            s["Transport:RetryInterval"] = "00:00:00.100";
        });
        var ar = _gitLab.AddIssue(4242, 32, Ars.TemplateCcd, labels: [Ars.ActionNeeded]);
        ar.FailNextNote.Enqueue(502); // a POST that fails may still have been saved: the client must not repeat it

        using var _ = await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Eventually.Until(ar.BotNotes, n => n.Count >= 1, "the note, posted by the retry");
        await host.IdleAsync(_gitLab);

        Assert.Contains(Ars.InProgress, ar.LabelsNow());
        // The client never repeats a POST itself; the note's retry reads the AR's notes, finds it missing, posts it.
        Assert.Equal(["GET", "PUT", "POST", "GET", "POST"], _gitLab.Calls(ar).Select(c => c.Split(' ')[0]));
        Assert.Single(ar.BotNotes());
    }

    [Fact]
    public async Task TheToken_NeverReachesTheLog()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => s["GitLab:MaxRetries"] = "1");
        var ar = _gitLab.AddIssue(4242, 33, Ars.Template, labels: [Ars.ActionNeeded]);
        ar.FailNext.Enqueue(500);
        ar.FailNext.Enqueue(500);

        using var _ = await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await Eventually.Until(() => host.Logs.Messages.Count(m => m.Contains("AR 4242#33", StringComparison.Ordinal)), n => n >= 1, "the AR in the log");
        await host.IdleAsync(_gitLab);

        var everything = host.Logs.All();
        Assert.DoesNotContain(FakeGitLab.Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkerHost.WebhookSecret, everything, StringComparison.Ordinal);
    }
}
