using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 5. GitLab's own limit: a bulk import's burst of events drained under a per-minute budget that the fake
/// GitLab enforces with 429s, while the receiver keeps answering. The budget is scaled up from GitLab.com's
/// 2,000 a minute so the run takes a minute, not an hour; the pacing is the same.
/// </summary>
internal static class Budget
{
    public static async Task RunAsync(Report report, int events, int callsPerMinute)
    {
        using var gitLab = new FakeGitLab { RateLimitPerMinute = callsPerMinute };
        var bodies = Webhooks.Bodies(gitLab, events, 500_000, ar => ar.Assignees.Add("jdoe"));
        var ars = Enumerable.Range(500_000, events).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        await using var broker = await BrokerScope.CreateAsync();
        var settings = WorkerHost.Settings(gitLab, broker);
        settings["Serilog:MinimumLevel:Default"] = "Warning";
        settings["GitLab:CallsPerMinute"] = callsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Transport:ConcurrentMessageLimit"] = "32";
        await using var host = new WorkerHost(settings);
        using var http = Webhooks.Client();
        var url = host.WebhookUrl;

        var clock = Stopwatch.StartNew();
        var received = await LoadDriver.OpenLoopAsync(async n =>
        {
            using var request = Webhooks.Request(url, bodies[n]);
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode == 202;
        }, 1000, TimeSpan.FromSeconds(events / 1000.0)); // the whole import arrives at 1,000 events/s
        while (ars.Any(a => a.BotNotes().Count == 0) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(200);
        }

        var drained = clock.Elapsed;
        var calls = gitLab.Calls().Count;
        var rate = calls / drained.TotalMinutes;
        report.Add("budget", $"burst of {events:N0} events, budget {callsPerMinute:N0} calls/min enforced by the fake",
            $"{calls:N0} calls in {drained.TotalSeconds:0} s = {rate:N0}/min ({rate / callsPerMinute:P0} of budget), {gitLab.Throttled} × 429, {ars.Count(a => a.BotNotes().Count == 0)} ARs left",
            "≥ 90% of budget, 0 × 429");
        report.Add("budget", "receiver taking the burst at 1,000 events/s", received.Summary, "p99 ≤ 25 ms");
    }
}
