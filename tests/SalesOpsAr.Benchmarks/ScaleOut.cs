using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 6. Scale-out: end-to-end throughput with 1, 2 and 4 reconciler processes on one broker (competing
/// consumers), at two in-process concurrencies, against a GitLab fake that answers in 50 ms.
/// </summary>
internal static class ScaleOut
{
    public static async Task RunAsync(Report report, int events, int[] processes, int[] concurrencies)
    {
        foreach (var limit in concurrencies)
        {
            foreach (var count in processes)
            {
                var perSecond = await RunOnceAsync(events, count, limit);
                report.Add("scale-out", $"{count} reconciler process(es) × {limit} messages at once, GitLab 50 ms",
                    $"{perSecond:0} events/s reconciled ({events} events, 3 calls each)",
                    $"ceiling {count * limit / 0.15:0}/s (each event spends ~150 ms in GitLab)");
            }
        }
    }

    private static async Task<double> RunOnceAsync(int events, int processes, int limit)
    {
        using var gitLab = new FakeGitLab { Latency = TimeSpan.FromMilliseconds(50), NotesPerMinute = 0 };
        var bodies = Webhooks.Bodies(gitLab, events, 700_000, ar => ar.Assignees.Add("jdoe"));
        var ars = Enumerable.Range(700_000, events).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        await using var broker = await BrokerScope.CreateAsync();
        var environment = ServiceProcess.Environment(gitLab, broker,
            ("Roles", "reconciler"),
            ("Transport__ConcurrentMessageLimit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var reconcilers = Enumerable.Range(0, processes).Select(_ => ServiceProcess.Start(environment)).ToList();
        try
        {
            foreach (var reconciler in reconcilers)
            {
                await reconciler.WaitUntilReadyAsync();
            }

            var settings = WorkerHost.Settings(gitLab, broker);
            settings["Roles"] = "receiver";
            settings["Serilog:MinimumLevel:Default"] = "Warning";
            await using var receiver = new WorkerHost(settings);
            using var http = Webhooks.Client();
            var url = receiver.WebhookUrl;
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, events), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
            {
                using var request = Webhooks.Request(url, bodies[n]);
                using var response = await http.SendAsync(request, ct);
            });

            while (ars.Any(a => a.PutArrivedAt == 0) && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                await Task.Delay(50);
            }

            return events / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            foreach (var reconciler in reconcilers)
            {
                reconciler.Dispose();
            }
        }
    }
}
