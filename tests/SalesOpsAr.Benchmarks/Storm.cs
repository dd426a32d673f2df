using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 8. An event storm: comment events on a few ARs as fast as the receiver takes them (two bots answering each other),
/// with a genuine event on another AR in the middle. Reconciling reads the AR fresh, so the storm must cost O(1)
/// GitLab reads per AR per reconcile interval (2 s), and the genuine event must not queue behind it.
/// </summary>
internal static class Storm
{
    public static async Task RunAsync(Report report, TimeSpan duration, int stormyArs)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        var stormy = Enumerable.Range(950_000, stormyArs)
            .Select(iid => gitLab.AddIssue(4242, iid, Ars.TemplateCcd, labels: [Ars.InProgress], assignees: ["jdoe"]))
            .ToArray();
        var bodies = stormy.Select(ar => IssueHookPayload.Note(ar, "watcher", "+1")).ToArray();
        var genuine = gitLab.AddIssue(4242, 959_999, Ars.TemplateCcd, labels: [Ars.ActionNeeded]);
        await using var broker = await BrokerScope.CreateAsync();
        using var http = Webhooks.Client();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker));
        await service.WaitUntilReadyAsync();

        var clock = Stopwatch.StartNew();
        var storm = LoadDriver.ClosedLoopAsync(i => Webhooks.SendAsync(http, service.WebhookUrl, bodies[i % bodies.Length], "Confidential Note Hook"), 16, duration);
        await Task.Delay(duration / 2);
        var sentAt = clock.Elapsed;
        var assignees = genuine.Assignees.ToList();
        genuine.Assignees.Add("jdoe");
        await Webhooks.SendAsync(http, service.WebhookUrl, IssueHookPayload.Issue(genuine, "jdoe", "update", previousAssignees: assignees));
        while (!genuine.LabelsNow().Contains(Ars.InProgress) && clock.Elapsed < duration * 4)
        {
            await Task.Delay(20);
        }

        var genuineLatency = clock.Elapsed - sentAt;
        var load = await storm;
        var stormEnded = clock.Elapsed;
        while (await broker.MessageCountAsync("salesopsar-ar-changed") is > 0 && clock.Elapsed < stormEnded + TimeSpan.FromMinutes(2))
        {
            await Task.Delay(100);
        }

        var drained = clock.Elapsed - stormEnded;
        await Task.Delay(3000);
        var reads = stormy.Select(ar => gitLab.Calls(ar).Count(c => c == $"GET /api/v4/projects/4242/issues/{ar.Iid}")).ToArray();
        var intervals = clock.Elapsed.TotalSeconds / 2;
        report.Add("storm", $"comment storm on {stormyArs} ARs, 16 connections for {duration.TotalSeconds:0} s",
            $"{load.Count:N0} events = **{load.Count / (double)stormyArs / duration.TotalSeconds:N0} events per AR per second**", "");
        report.Add("storm", "GitLab reads per stormy AR per 2 s reconcile interval",
            $"**{reads.Average() / intervals:0.00}** (max {reads.Max() / intervals:0.00}; {reads.Sum():N0} reads for {load.Count:N0} events); no write", "O(1): ≤ 1 + ε");
        report.Add("storm", "genuine event on another AR mid-storm: POST → labelled", $"{genuineLatency.TotalMilliseconds:N0} ms", "");
        report.Add("storm", "queue left when the storm stopped: drained in", $"{drained.TotalSeconds:0.0} s", "");
        report.Add("storm", "receiver under the storm", load.Summary, "");
    }
}
