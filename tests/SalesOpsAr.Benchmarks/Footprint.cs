using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>4. Footprint: start-up to ready, resident memory idle and under load (the service as its own process).</summary>
internal static class Footprint
{
    public static async Task RunAsync(Report report, TimeSpan duration, int concurrency)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        var bodies = Webhooks.Bodies(gitLab, 20_000, 200_000, ar => ar.Assignees.Add("jdoe"));
        await using var broker = await BrokerScope.CreateAsync();
        var environment = ServiceProcess.Environment(gitLab, broker, ("Serilog__MinimumLevel__Default", "Information"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var service = ServiceProcess.Start(environment);
        await service.WaitUntilReadyAsync();
        report.Add("footprint", "start to ready (process start, broker connected, GitLab token checked)", $"{clock.Elapsed.TotalSeconds:0.00} s", "≤ 2 s");
        await Task.Delay(2000);
        report.Add("footprint", "resident memory, idle", $"{service.ResidentBytes() / 1048576.0:0} MB");

        using var http = Webhooks.Client();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, service.ResidentBytes());
                await Task.Delay(200);
            }
        });
        var load = await LoadDriver.ClosedLoopAsync(n => Webhooks.SendAsync(http, service.WebhookUrl, bodies[n % bodies.Length]), concurrency, duration);
        await sampling.CancelAsync();
        await sampler;
        report.Add("footprint", $"resident memory under load ({load.PerSecond:0} events/s received and reconciled against the fake)", $"peak {peak / 1048576.0:0} MB", "≤ 200 MB");
    
        await LargeDeliveryAsync(report, gitLab, http, service, 990_000, padTo: 0);
        await LargeDeliveryAsync(report, gitLab, http, service, 990_001, padTo: 20 * 1024 * 1024);
    }

    /// <summary>
    /// One legal ~18 MB Issue Hook (a 1,040,000-character description edited: new and old text, escaped: about the
    /// most GitLab sends), or the same padded to <paramref name="padTo"/> bytes with a field the reader skips (a
    /// 20 MB delivery: still under the 25 MB the receiver takes).
    /// </summary>
    private static async Task LargeDeliveryAsync(Report report, FakeGitLab gitLab, HttpClient http, RunningService service, int iid, int padTo)
    {
        var ar = gitLab.AddIssue(4242, iid, Ars.Template + "\n\n" + new string('é', 1_040_000));
        var body = IssueHookPayload.Issue(ar, "requester", "update", previousDescription: ar.Description[..^1]);
        if (padTo > 0)
        {
            var head = body[..body.LastIndexOf('}')] + ",\"padding\":\"";
            body = head + new string('x', padTo - System.Text.Encoding.UTF8.GetByteCount(head) - 2) + "\"}";
        }

        await Task.Delay(3000); // the load's garbage collected, the process back to its idle size
        var before = service.ResidentBytes();
        long peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, service.ResidentBytes());
                await Task.Delay(10);
            }
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var accepted = await Webhooks.SendAsync(http, service.WebhookUrl, body);
        var answered = clock.Elapsed;
        while (!ar.LabelsNow().Contains(Ars.ActionNeeded) && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }

        var labelled = clock.Elapsed;
        await Task.Delay(500);
        await sampling.CancelAsync();
        await sampler;
        var what = padTo > 0
            ? "the same edit, padded with a field the reader skips"
            : "GitLab's longest description, edited: new and old text";
        report.Add("footprint", $"one {(padTo > 0 ? "" : "legal ")}{System.Text.Encoding.UTF8.GetByteCount(body) / 1048576.0:0.0} MB Issue Hook ({what})",
            $"{(accepted ? "202" : "refused")} in {answered.TotalMilliseconds:N0} ms, labelled in {labelled.TotalSeconds:0.0} s; resident {before / 1048576.0:0} MB → peak {peak / 1048576.0:0} MB (**+{(peak - before) / 1048576.0:0} MB**)",
            "202; body held once");
    }
}
