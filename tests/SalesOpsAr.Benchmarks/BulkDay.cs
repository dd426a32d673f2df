using System.Diagnostics;
using System.Globalization;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// 7. A bulk onboarding day: N new ARs arrive at once, under GitLab.com's limits enforced by the fake (2,000 calls a
/// minute, 60 new notes a minute, 429 over either). Labels must land at the call budget's pace, the CC notes trail
/// at the notes pace; each time is given as a ratio to the bound those limits impose.
/// </summary>
internal static class BulkDay
{
    private const int CallsPerMinute = 2_000;
    private const int NotesPerMinute = 60;

    public static async Task RunAsync(Report report, IEnumerable<int> sizes)
    {
        foreach (var n in sizes)
        {
            await RunOnceAsync(report, n);
        }
    }

    private static async Task RunOnceAsync(Report report, int n)
    {
        using var gitLab = new FakeGitLab { RateLimitPerMinute = CallsPerMinute, NotesPerMinute = NotesPerMinute };
        var ars = Enumerable.Range(900_000, n).Select(iid => gitLab.AddIssue(4242, iid, Ars.Template)).ToArray(); // the requester's template: no label yet, DRIs not CC'd
        await using var broker = await BrokerScope.CreateAsync();
        using var http = Webhooks.Client();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(
            gitLab,
            broker,
            ("GitLab__CallsPerMinute", CallsPerMinute.ToString(CultureInfo.InvariantCulture)),
            ("GitLab__NotesPerMinute", NotesPerMinute.ToString(CultureInfo.InvariantCulture))));
        await service.WaitUntilReadyAsync();

        var callsBefore = gitLab.Calls().Count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ars.Select(ar => Webhooks.SendAsync(http, service.WebhookUrl, IssueHookPayload.Issue(ar, "requester", "open"))));
        TimeSpan? labelled = null;
        var deadline = TimeSpan.FromSeconds((n / (double)NotesPerMinute * 60 * 1.5) + 60);
        while (clock.Elapsed < deadline)
        {
            labelled ??= ars.All(a => a.LabelsNow().Contains(Ars.ActionNeeded)) ? clock.Elapsed : null;
            if (labelled is not null && ars.All(a => a.BotNotes().Count > 0))
            {
                break;
            }

            await Task.Delay(100);
        }

        var ccd = clock.Elapsed;
        var calls = gitLab.Calls().Count - callsBefore;
        var labelCalls = 2.0 * n; // a read and a label edit per AR
        var labelBound = TimeSpan.FromMinutes(labelCalls / CallsPerMinute);
        var notesBound = TimeSpan.FromMinutes(n / (double)NotesPerMinute);
        var notesFloor = TimeSpan.FromMinutes((n - 1) / NotesPerMinute); // a window that starts empty takes the first 60 at once
        var left = ars.Count(a => a.BotNotes().Count == 0);
        report.Add("bulk day", $"{n} new ARs at once: all labelled Action Needed (bound: {labelCalls:0} calls ÷ {CallsPerMinute:N0}/min = {labelBound.TotalSeconds:0.0} s)",
            labelled is { } l ? $"{l.TotalSeconds:0.0} s = **{l / labelBound:0.00}× bound**" : "not all labelled", "≤ 1.1×");
        report.Add("bulk day", $"{n} new ARs at once: all CC'd, one note each (bound: {n} ÷ {NotesPerMinute}/min = {notesBound.TotalSeconds:0} s)",
            $"{ccd.TotalSeconds:0.0} s = **{ccd / notesBound:0.00}× bound**{(notesFloor > TimeSpan.Zero ? $" ({ccd / notesFloor:0.00}× the floor of {notesFloor.TotalSeconds:0} s for a window that starts empty)" : "")}, {ars.Sum(a => a.BotNotes().Count)} notes on {n - left} ARs, {left} left", "≤ 1.05×");
        report.Add("bulk day", $"{n} new ARs at once: GitLab calls, 429s",
            $"{calls:N0} calls ({calls / (double)n:0.00} per AR: GET, PUT, GET notes, POST), **{gitLab.Throttled + gitLab.NotesThrottled} × 429**", "0 × 429");
    }
}
