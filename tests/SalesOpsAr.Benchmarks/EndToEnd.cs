using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 2. End to end: from the webhook's POST to the faked GitLab receiving the worker's PUT, for distinct ARs,
/// at a steady rate, with GitLab answering at once and again in 50 ms. One service process (receiver and
/// reconciler, as deployed) serves every run, warmed up once until the JIT has settled.
/// </summary>
internal static class EndToEnd
{
    private const int WarmAt = 300; // events a second while warming up: a rate this box sustains

    public static async Task RunAsync(Report report, TimeSpan duration, int[] rates, TimeSpan[] latencies, TimeSpan warmUpAtMost)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        await using var broker = await BrokerScope.CreateAsync();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker, ("Transport__ConcurrentMessageLimit", "64")));
        await service.WaitUntilReadyAsync();
        using var http = Webhooks.Client();
        var nextIid = 100_000;

        // One-second rounds on ARs of their own, each waiting for its last note so nothing of it is counted.
        var warmCount = (int)(WarmAt * (warmUpAtMost.TotalSeconds + 1));
        var (warmBodies, warmArs) = Ars(gitLab, ref nextIid, warmCount);
        await WarmUp.UntilJitSettlesAsync(
            async (round, n) =>
            {
                var first = n * WarmAt;
                await LoadDriver.OpenLoopAsync(i => Webhooks.SendAsync(http, service.WebhookUrl, warmBodies[first + i]), WarmAt, round);
                await AllNotedAsync(warmArs[first..(first + WarmAt)], TimeSpan.FromSeconds(30));
            },
            WarmUp.ServiceJitSeconds(http, service.BaseAddress),
            warmUpAtMost);

        foreach (var latency in latencies)
        {
            gitLab.Latency = latency;
            foreach (var rate in rates)
            {
                var events = (int)(rate * duration.TotalSeconds);
                var (bodies, ars) = Ars(gitLab, ref nextIid, events);
                var (result, calls) = await RunOnceAsync(gitLab, http, service.WebhookUrl, bodies, ars, rate, duration);
                var added = result.Latencies.Select(l => l - latency.TotalMilliseconds).ToArray(); // the GET before the PUT waits once
                var byService = new LoadResult(added, result.Errors, result.Elapsed);
                report.Add("end to end", $"{rate}/s, GitLab {latency.TotalMilliseconds:0} ms: POST → PUT at GitLab",
                    $"p50 {result.Percentile(50):0.0} ms, p99 {result.Percentile(99):0.0} ms, max {result.Max:0.0} ms; {result.Count}/{events} ARs; {result.Errors} not reached");
                report.Add("end to end", $"{rate}/s, GitLab {latency.TotalMilliseconds:0} ms: added by the service",
                    $"p50 {byService.Percentile(50):0.0} ms, p99 {byService.Percentile(99):0.0} ms",
                    rate == 1000 && latency == TimeSpan.Zero ? "p99 ≤ 100 ms" : "");
                report.Add("economy", $"calls per changing event ({rate}/s, {latency.TotalMilliseconds:0} ms)", $"{(double)calls / events:0.00} (GET, PUT, note)", "≤ 3");
            }
        }
    }

    private static async Task<(LoadResult Result, int Calls)> RunOnceAsync(
        FakeGitLab gitLab, HttpClient http, Uri url, string[] bodies, FakeIssue[] ars, int rate, TimeSpan duration)
    {
        var callsBefore = gitLab.Calls().Count;
        var sentAt = new long[bodies.Length];
        var load = await LoadDriver.OpenLoopAsync(n =>
        {
            sentAt[n] = Stopwatch.GetTimestamp();
            return Webhooks.SendAsync(http, url, bodies[n]);
        }, rate, duration);

        // Every AR's note is its last call: once all are there, nothing of this run is left to count.
        await AllNotedAsync(ars, TimeSpan.FromSeconds(90));
        var reached = ars.Select((a, n) => a.PutArrivedAt == 0 ? double.NaN : Stopwatch.GetElapsedTime(sentAt[n], a.PutArrivedAt).TotalMilliseconds)
            .Where(l => !double.IsNaN(l)).ToArray();
        return (new LoadResult(reached, ars.Length - reached.Length + load.Errors, load.Elapsed), gitLab.Calls().Count - callsBefore);
    }

    private static (string[] Bodies, FakeIssue[] Ars) Ars(FakeGitLab gitLab, ref int nextIid, int count)
    {
        var first = nextIid;
        nextIid += count;
        var bodies = Webhooks.Bodies(gitLab, count, first, ar => ar.Assignees.Add("jdoe"));
        return (bodies, Enumerable.Range(first, count).Select(iid => gitLab.Issue(4242, iid)).ToArray());
    }

    private static async Task AllNotedAsync(FakeIssue[] ars, TimeSpan atMost)
    {
        var clock = Stopwatch.StartNew();
        while (ars.Any(a => a.BotNotes().Count == 0) && clock.Elapsed < atMost)
        {
            await Task.Delay(50);
        }
    }
}
