using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 10. The attacks of #22 that took the service to gigabytes, replayed against it as its own process: resident memory
/// (peak while it works, and after) for the precedent cache (1), a notes list that never ends (2) and a 200 MB answer
/// to <c>GET issue</c> (3). The figures before the mends are the attack's own (docs/reliability.md).
/// </summary>
internal static class Attacks
{
    public static async Task RunAsync(Report report, int roles)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker: null, ("Assistant__Enabled", "true"), ("GitLab__MaxRetries", "0")));
        await service.WaitUntilReadyAsync();
        gitLab.WebhookUrl = service.WebhookUrl;
        gitLab.WebhookSecret = WorkerHost.WebhookSecret;
        await Task.Delay(2000);
        report.Add("attacks", "resident memory, idle (assistant on)", Mb(service.ResidentBytes()));

        // 1. Pickups of distinct roles, each role's Completed AR a megabyte (a bulk table): the precedent each note cites.
        var (peak, after) = await WatchAsync(service, async () =>
        {
            for (var r = 0; r < roles; r++)
            {
                var past = gitLab.AddIssue(4242, 5000 + r, Bulk($"Role{r} Rep"), labels: [Ars.Completed]);
                past.Title = $"Bulk onboarding, Chorus, Role{r} Rep";
                past.State = "closed";
                var ar = gitLab.AddIssue(4242, 6000 + r, $"Name: New Hire {r}\nEmail: hire{r}@example.com\nTitle: Role{r} Rep\n\n#### Chorus\n* [ ] Chorus: seat\n\ncc @amber @meri", labels: [Ars.ActionNeeded]);
                using (await gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
                {
                    await Until(() => ar.BotNotes().Any(n => n.Body?.Contains("runbook", StringComparison.Ordinal) == true), TimeSpan.FromSeconds(60));
                }
            }
        });
        report.Add("attacks", $"1. {roles} pickups of distinct roles, each role's Completed AR 1 MB ({gitLab.Searches} searches)", $"peak {Mb(peak)}, after {Mb(after)}", "before: 109 MB → 2.4 GB");

        // 2. A notes list that always says there is a next page, the same 100 notes on each.
        var endless = gitLab.AddIssue(4242, 7001, Ars.TemplateCcd, labels: [Ars.ActionNeeded]);
        for (var i = 0; i < 100; i++)
        {
            gitLab.AddNote(endless, "requester", $"comment {i} " + new string('x', 2_000), TimeProvider.System.GetUtcNow().AddHours(-2).AddSeconds(i));
        }

        endless.NotesNeverEnd = true;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        (peak, after) = await WatchAsync(service, async () =>
        {
            using (await gitLab.PersonEditsAsync(endless, "jdoe", i => i.Assignees.Add("jdoe")))
            {
                await Until(() => endless.LabelsNow().Contains(Ars.InProgress), TimeSpan.FromSeconds(120));
            }
        });
        var pages = gitLab.Calls(endless).Count(c => c.EndsWith("/notes", StringComparison.Ordinal) && c.StartsWith("GET", StringComparison.Ordinal));
        report.Add("attacks", "2. one AR whose notes list never ends (100 notes of 2 KB on every page)", $"{pages} pages read to its In Progress in {clock.Elapsed.TotalSeconds:0.0} s; peak {Mb(peak)}, after {Mb(after)}", "before: 1,958 pages in 60 s, 4.7 GB");

        // 3. A 200 MB answer to GET issue.
        var huge = gitLab.AddIssue(4242, 7002, Ars.TemplateCcd, labels: [Ars.ActionNeeded]);
        huge.PadAnswerTo = 200 * 1024 * 1024;
        (peak, after) = await WatchAsync(service, async () =>
        {
            using (await gitLab.PersonEditsAsync(huge, "jdoe", i => i.Assignees.Add("jdoe")))
            {
                await Until(() => gitLab.Calls(huge).Any(c => c == "GET /api/v4/projects/4242/issues/7002"), TimeSpan.FromSeconds(60));
                await Task.Delay(5000); // its refusal and the bus's redeliveries
            }
        });
        report.Add("attacks", "3. a 200 MB answer to GET issue (refused at 32 MB)", $"peak {Mb(peak)}, after {Mb(after)}; labels untouched: {(!huge.LabelsNow().Contains(Ars.InProgress) ? "yes" : "no")}", "before: 1.2 GB, kept");
    }

    private static string Bulk(string role) =>
        "| Name | Email | Title |\n|---|---|---|\n"
        + string.Concat(Enumerable.Range(0, 4_000).Select(i => $"| Person {i} | p{i}@example.com | {role} |\n" + new string(' ', 200)))
        + "\n#### Chorus\nRole: Listener\n* [x] Chorus: seat";

    // Samples resident memory every 20 ms while the work runs; "after": 3 s later, once the work's garbage could go.
    private static async Task<(long Peak, long After)> WatchAsync(RunningService service, Func<Task> work)
    {
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, service.ResidentBytes());
                await Task.Delay(20);
            }
        });
        await work();
        await Task.Delay(3000);
        await sampling.CancelAsync();
        await sampler;
        return (peak, service.ResidentBytes());
    }

    private static async Task Until(Func<bool> done, TimeSpan bound)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > bound)
            {
                throw new TimeoutException($"not done within {bound}");
            }

            await Task.Delay(50);
        }
    }

    private static string Mb(long bytes) => $"{bytes / 1048576.0:0} MB";
}
