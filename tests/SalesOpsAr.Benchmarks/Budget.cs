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
    public static async Task RunAsync(Report report, int events, int callsPerMinute, TimeSpan warmUpAtMost)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 }; // its limit is switched on once both processes are warm
        var bodies = Webhooks.Bodies(gitLab, events, 500_000, ar => ar.Assignees.Add("jdoe"));
        var ars = Enumerable.Range(500_000, events).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        await using var broker = await BrokerScope.CreateAsync();
        using var http = Webhooks.Client();

        // Receiver and reconciler as separate processes, as deployed, both warmed up first as a service that
        // has been running a while would be. The receiver calls GitLab only to check its token; its queue is
        // emptied after its warm-up. The reconciler warms up on ARs of its own at a rate under the budget, with
        // the fake's limit off, so the burst starts with the fake's minute empty.
        using var receiver = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker, ("Roles", "receiver")));
        await receiver.WaitUntilReadyAsync();
        var url = receiver.WebhookUrl;
        await WarmUp.UntilJitSettlesAsync(
            (round, _) => LoadDriver.ClosedLoopAsync(n => Webhooks.SendAsync(http, url, bodies[n % bodies.Length]), 16, round),
            WarmUp.ServiceJitSeconds(http, receiver.BaseAddress),
            warmUpAtMost);
        await broker.PurgeAsync("salesopsar-ar-changed");
        using var reconciler = ServiceProcess.Start(ServiceProcess.Environment(
            gitLab,
            broker,
            ("Roles", "reconciler"),
            ("GitLab__CallsPerMinute", callsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Transport__ConcurrentMessageLimit", "32")));
        await reconciler.WaitUntilReadyAsync();
        var warmPerSecond = callsPerMinute / 60 / 4; // a quarter of the budget: 3 calls each
        var warmBodies = Webhooks.Bodies(gitLab, (int)(warmPerSecond * (warmUpAtMost.TotalSeconds + 1)), 800_000, ar => ar.Assignees.Add("jdoe"));
        var warmArs = Enumerable.Range(800_000, warmBodies.Length).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        await WarmUp.UntilJitSettlesAsync(
            async (round, n) =>
            {
                var first = n * warmPerSecond;
                await LoadDriver.OpenLoopAsync(i => Webhooks.SendAsync(http, url, warmBodies[first + i]), warmPerSecond, round);
                while (warmArs[first..(first + warmPerSecond)].Any(a => a.BotNotes().Count == 0))
                {
                    await Task.Delay(50);
                }
            },
            WarmUp.ServiceJitSeconds(http, reconciler.BaseAddress),
            warmUpAtMost);
        gitLab.RateLimitPerMinute = callsPerMinute;

        var callsBefore = gitLab.Calls().Count;
        var clock = Stopwatch.StartNew();
        var received = await LoadDriver.OpenLoopAsync(n => Webhooks.SendAsync(http, url, bodies[n]), 1000, TimeSpan.FromSeconds(events / 1000.0)); // the whole import arrives at 1,000 events/s
        while (ars.Any(a => a.BotNotes().Count == 0) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(200);
        }

        var drained = clock.Elapsed;
        var calls = gitLab.Calls().Count - callsBefore;
        var rate = calls / drained.TotalMinutes;
        report.Add("budget", $"burst of {events:N0} events, budget {callsPerMinute:N0} calls/min enforced by the fake",
            $"{calls:N0} calls in {drained.TotalSeconds:0} s = {rate:N0}/min ({rate / callsPerMinute:P0} of budget), {gitLab.Throttled} × 429, {ars.Count(a => a.BotNotes().Count == 0)} ARs left",
            "≥ 90% of budget, 0 × 429");
        report.Add("budget", "receiver taking the burst at 1,000 events/s", received.Summary, "p99 ≤ 25 ms");
    }
}
