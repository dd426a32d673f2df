using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 2. End to end: from the webhook's POST to the faked GitLab receiving the worker's PUT, for distinct ARs,
/// at a steady rate, with GitLab answering at once and again in 50 ms.
/// </summary>
internal static class EndToEnd
{
    public static async Task RunAsync(Report report, TimeSpan duration, int[] rates, TimeSpan[] latencies, TimeSpan warmUpAtMost)
    {
        foreach (var latency in latencies)
        {
            foreach (var rate in rates)
            {
                var (result, calls, events) = await RunOnceAsync(rate, latency, duration, warmUpAtMost);
                var added = result.Latencies.Select(l => l - latency.TotalMilliseconds).ToArray(); // the GET before the PUT waits once
                var service = new LoadResult(added, result.Errors, result.Elapsed);
                report.Add("end to end", $"{rate}/s, GitLab {latency.TotalMilliseconds:0} ms: POST → PUT at GitLab",
                    $"p50 {result.Percentile(50):0.0} ms, p99 {result.Percentile(99):0.0} ms, max {result.Max:0.0} ms; {result.Count}/{events} ARs; {result.Errors} not reached");
                report.Add("end to end", $"{rate}/s, GitLab {latency.TotalMilliseconds:0} ms: added by the service",
                    $"p50 {service.Percentile(50):0.0} ms, p99 {service.Percentile(99):0.0} ms",
                    rate == 1000 && latency == TimeSpan.Zero ? "p99 ≤ 100 ms" : "");
                report.Add("economy", $"calls per changing event ({rate}/s, {latency.TotalMilliseconds:0} ms)", $"{(double)calls / events:0.00} (GET, PUT, note)", "≤ 3");
            }
        }
    }

    private static async Task<(LoadResult Result, int Calls, int Events)> RunOnceAsync(int rate, TimeSpan latency, TimeSpan duration, TimeSpan warmUpAtMost)
    {
        using var gitLab = new FakeGitLab { Latency = latency };
        var events = (int)(rate * duration.TotalSeconds);
        var bodies = Webhooks.Bodies(gitLab, events, 100_000, ar => ar.Assignees.Add("jdoe"));
        var ars = Enumerable.Range(100_000, events).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        await using var broker = await BrokerScope.CreateAsync();
        // The service (receiver and reconciler) as its own process, as deployed; GitLab faked in this one.
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker, ("Transport__ConcurrentMessageLimit", "64")));
        await service.WaitUntilReadyAsync();
        using var http = Webhooks.Client();
        var url = service.WebhookUrl;
        // Warm up until the JIT has settled: one-second rounds at up to 300/s (a rate this box sustains) on ARs
        // of their own, each waiting for its last note so that nothing of it is counted below.
        var warmAt = Math.Min(rate, 300);
        var warmBodies = Webhooks.Bodies(gitLab, (int)(warmAt * (warmUpAtMost.TotalSeconds + 1)), 900_000, ar => ar.Assignees.Add("jdoe"));
        var warmArs = Enumerable.Range(900_000, warmBodies.Length).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        await WarmUp.UntilJitSettlesAsync(
            async (round, n) =>
            {
                var first = n * warmAt;
                await LoadDriver.OpenLoopAsync(i => SendAsync(http, url, warmBodies[first + i]), warmAt, round);
                while (warmArs[first..(first + warmAt)].Any(a => a.BotNotes().Count == 0))
                {
                    await Task.Delay(50);
                }
            },
            WarmUp.ServiceJitSeconds(http, service.BaseAddress),
            warmUpAtMost);

        var callsBefore = gitLab.Calls().Count;
        var sentAt = new long[events];
        var load = await LoadDriver.OpenLoopAsync(n =>
        {
            sentAt[n] = Stopwatch.GetTimestamp();
            return SendAsync(http, url, bodies[n]);
        }, rate, duration);

        var deadline = Stopwatch.StartNew();
        while (ars.Any(a => a.PutArrivedAt == 0) && deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(100);
        }

        var reached = ars.Select((a, n) => a.PutArrivedAt == 0 ? double.NaN : Stopwatch.GetElapsedTime(sentAt[n], a.PutArrivedAt).TotalMilliseconds)
            .Where(l => !double.IsNaN(l)).ToArray();
        await Task.Delay(500);
        return (new LoadResult(reached, events - reached.Length + load.Errors, load.Elapsed), gitLab.Calls().Count - callsBefore, events);
    }

    private static async Task<bool> SendAsync(HttpClient http, Uri url, string body)
    {
        using var request = Webhooks.Request(url, body);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode == 202;
    }
}
