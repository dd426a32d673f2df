using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 2. End to end: from the webhook's POST to the faked GitLab receiving the worker's PUT, for distinct ARs,
/// at a steady rate, with GitLab answering at once and again in 50 ms.
/// </summary>
internal static class EndToEnd
{
    public static async Task RunAsync(Report report, TimeSpan duration, int[] rates, TimeSpan[] latencies)
    {
        foreach (var latency in latencies)
        {
            foreach (var rate in rates)
            {
                var (result, calls, events) = await RunOnceAsync(rate, latency, duration);
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

    private static async Task<(LoadResult Result, int Calls, int Events)> RunOnceAsync(int rate, TimeSpan latency, TimeSpan duration)
    {
        using var gitLab = new FakeGitLab { Latency = latency };
        var events = (int)(rate * duration.TotalSeconds);
        var bodies = Webhooks.Bodies(gitLab, events, 100_000, ar => ar.Assignees.Add("jdoe"));
        var ars = Enumerable.Range(100_000, events).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        await using var broker = await BrokerScope.CreateAsync();
        var settings = WorkerHost.Settings(gitLab, broker);
        settings["Serilog:MinimumLevel:Default"] = "Warning";
        settings["Transport:ConcurrentMessageLimit"] = "64";
        await using var host = new WorkerHost(settings);
        using var http = Webhooks.Client();
        var url = host.WebhookUrl;
        // Warm up: the consumer's topology, connections and JIT, before anything is timed.
        var warm = Webhooks.Bodies(gitLab, 50, 900_000, ar => ar.Assignees.Add("jdoe"));
        foreach (var body in warm)
        {
            using var request = Webhooks.Request(url, body);
            using var response = await http.SendAsync(request);
        }

        var warmArs = Enumerable.Range(900_000, 50).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        while (warmArs.Any(a => a.BotNotes().Count == 0)) // the note is the warm-up's last call: count none of it below
        {
            await Task.Delay(50);
        }

        var callsBefore = gitLab.Calls().Count;
        var sentAt = new long[events];
        var load = await LoadDriver.OpenLoopAsync(async n =>
        {
            sentAt[n] = Stopwatch.GetTimestamp();
            using var request = Webhooks.Request(url, bodies[n]);
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode == 202;
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
}
