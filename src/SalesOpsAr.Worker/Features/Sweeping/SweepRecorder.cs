using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Telemetry;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>Starts a sweep's record and says what it did: in the log, in the metrics, and as the summary the CLI prints.</summary>
internal sealed class SweepRecorder(
    SweepState state,
    GitLabCallMeter calls,
    SalesOpsArMetrics metrics,
    StateDwell dwell,
    Workflow.Calendar.BusinessCalendar calendar,
    TimeProvider clock,
    ILogger<SweepRecorder> logger)
{
    /// <summary>Starts a sweep's record; synchronous, so the call count it starts belongs to the caller's flow.</summary>
    public SweepRun Begin(bool dryRun) => new(clock.GetUtcNow(), dryRun, state.HealSince, calls.Count());

    /// <summary>Logs an AR the sweep could not handle, with its id, and counts it.</summary>
    public SweepFailure Failed(ArRef ar, string step, Exception error)
    {
        var reason = error is GitLabException ? error.Message : $"{error.GetType().Name}: {error.Message}";
        SweepLog.ArFailed(logger, error, ar.ProjectId, ar.Iid, step, reason);
        metrics.SweepFailure(step);
        return new SweepFailure(ar, step, reason);
    }

    private BoardGauges Gauges(SweepRun run) => new()
    {
        ByState = Workflow.Labels.StateLabels.All.ToDictionary(s => s.ToString(), s => (long)run.Board.Count(a => a.State == s)),
        ByFlag = run.Board.SelectMany(a => a.Flags).GroupBy(f => f).ToDictionary(g => g.Key.ToString(), g => (long)g.Count()),
        OldestByState = run.Board.GroupBy(a => a.State).ToDictionary(g => g.Key.ToString(), g => calendar.BusinessDaysBetween(g.Min(a => a.CreatedAt), run.Now)),
        ByAssignee = run.Board.Where(a => a.State != Workflow.Labels.ArState.Completed).SelectMany(a => a.TeamAssignees)
            .GroupBy(a => a, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => (long)g.Count()),
    };

    public SweepSummary Done(SweepRun run, DispatchOutcome dispatch, bool digestSent)
    {
        state.LastStart = run.Now;
        var duration = clock.GetUtcNow() - run.Now;
        var used = run.Calls.Calls;
        run.Calls.Dispose();
        foreach (var (ar, nudges) in run.Due)
        {
            foreach (var nudge in nudges)
            {
                SweepLog.Flagged(logger, ar.ProjectId, ar.Iid, nudge.Escalation ? $"{nudge.Flag} (escalation)" : nudge.Flag.ToString(), nudge.Sentence);
            }
        }

        metrics.SweepDone(duration, Gauges(run));
        if (!run.DryRun && run.Failures.Count == 0) // a sweep that missed ARs would take them for closed
        {
            foreach (var (left, from, to) in dwell.Observe(run.Board, run.Now))
            {
                metrics.Stayed(left, to - from, calendar.WorkingTimeBetween(from, to));
            }
        }
        SweepLog.Done(logger, (long)duration.TotalMilliseconds, run.Seen, run.Changed, run.Due.Count, run.Failures.Count, used, run.DryRun);
        return new SweepSummary
        {
            ArsSeen = run.Seen,
            ArsChanged = run.Changed,
            ArsFlagged = run.Due.Count,
            DryRun = run.DryRun,
            NudgesSent = dispatch.Sent,
            FailedChannels = dispatch.FailedChannels,
            DigestSent = digestSent,
            GitLabCalls = used,
            Duration = duration,
            Failures = run.Failures,
            Flagged = [.. run.Due.SelectMany(d => d.Nudges.Select(n =>
                $"#{d.Ar.Iid} {d.Ar.Title} [{n.Flag}{(n.Escalation ? ", escalation" : $" {n.Number}")}]: {n.Sentence}"))],
        };
    }
}
