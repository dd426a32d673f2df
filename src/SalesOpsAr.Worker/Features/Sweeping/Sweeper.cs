using System.Runtime.CompilerServices;
using SalesOpsAr.Workflow.History;
using SalesOpsAr.Workflow.Licences;
using SalesOpsAr.Workflow.Sweeping;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>
/// One sweep: list the open Sales Ops ARs; reconcile the ones changed since the last sweep (healing lost
/// webhooks); read the facts of the others that may be due a nudge and ask the flag rules; then nudge
/// (<see cref="NudgeDispatcher"/>) and send the digest when it is due.
/// </summary>
internal sealed class Sweeper(
    ArLister lister,
    IArReconciler reconciler,
    ArFactsReader facts,
    FlagRules flags,
    NudgeDispatcher dispatcher,
    DigestSender digest,
    WebhookMonitor monitor,
    WebhookMonitorState webhook,
    SweepRecorder recorder,
    IEnumerable<ISweepListener> listeners,
    ILicenceBoard licences,
    Workflow.Reconciling.ArRules rules,
    Workflow.Assisting.ArRequestReader requests,
    RunMode mode,
    ILogger<Sweeper> logger)
{
    public async Task<SweepSummary> RunOnceAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var run = recorder.Begin(dryRun || !mode.CanWrite);
        await monitor.CheckAsync(run.DryRun, cancellationToken);
        await foreach (var ar in lister.ListAsync(cancellationToken))
        {
            // One odd AR (a 403 on its history, a 500 on its label edit) is noted and tried again next sweep; the others go on.
            var step = new StrongBox<string>("heal");
            try
            {
                await SweepAsync(ar, run, step, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                run.Failures.Add(recorder.Failed(ar.Ref, step.Value!, e));
            }
        }

        var dispatch = run.DryRun ? DispatchOutcome.None : await dispatcher.DispatchAsync(run.Due, run.Pending, run.Now, cancellationToken);
        run.Failures.AddRange(dispatch.Failures.Select(f => recorder.Failed(f.Ar, f.Step, f.Error)));
        facts.Forget(dispatch.Written);
        var digestSent = !run.DryRun && await digest.SendIfDueAsync(run.Board, facts.Absent, run.Now, cancellationToken);
        var summary = recorder.Done(run, dispatch, digestSent);
        if (mode.Hosted)
        {
            var report = new SweepReport
            {
                SweptAt = run.Now,
                DryRun = run.DryRun,
                Duration = summary.Duration,
                GitLabCalls = summary.GitLabCalls,
                Failures = summary.Failures.Count,
                Board = run.Board,
                Absent = facts.Absent,
                Webhook = webhook.Described,
            };
            foreach (var listener in listeners)
            {
                try
                {
                    await listener.SweptAsync(report, cancellationToken); // the status page's board
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    SweepLog.StatusNotRecorded(logger, e);
                }
            }
        }

        return summary;
    }

    // An AR on the SFDC-licence hold (with the connector on): since when, by whom, and what it asks, for the waiting line.
    private async Task<SeatWait?> SeatWaitAsync(ListedAr ar, Workflow.Labels.ArState state, CancellationToken cancellationToken)
    {
        if (SeatAsk.Of(requests.Read(ar.Issue.Description, ar.Issue.Title), LicenceHold.System) is not { } ask)
        {
            return null; // held for a seat, but its tasks ask for no Salesforce user: nothing to release it on
        }

        var history = await facts.HistoryAsync(ar.ProjectId, ar.Issue, state, ar.TeamAssignees, cancellationToken);
        var held = history.LastAdded.TryGetValue(LicenceHold.Label, out var added) ? added : new LabelAdded(ar.Issue.CreatedAt ?? DateTimeOffset.MinValue, ByBot: false);
        var otherHold = ar.Snapshot.Labels.Any(l => !string.Equals(l, LicenceHold.Label, StringComparison.OrdinalIgnoreCase) && rules.Labels.HoldOf(l) is not null);
        return new SeatWait(held.At, held.ByBot || !otherHold, ask);
    }

    private async Task SweepAsync(ListedAr ar, SweepRun run, StrongBox<string> step, CancellationToken cancellationToken)
    {
        run.Seen++;
        if (run.ShouldHeal(ar.Issue.UpdatedAt)
            && await reconciler.ReconcileAsync(ar.Snapshot, run.DryRun, cancellationToken) is { Outcome: ReconcileOutcome.Applied or ReconcileOutcome.DryRun } healed)
        {
            run.Changed++;
            if (healed.Plan.ChangesLabels)
            {
                return; // flagged at the next sweep, from its new state (a CC alone changes no state)
            }
        }

        if (ar.State is not { } state)
        {
            return;
        }

        var created = ar.Issue.CreatedAt ?? run.Now;
        var card = new OpenAr(ar.Issue.Iid, ar.Issue.Title, ar.Issue.WebUrl, state, ar.TeamAssignees, created) { ProjectId = ar.ProjectId, DueDate = ar.Issue.DueDate, HoldReason = ar.HoldReason };
        if (licences.Connected && state == Workflow.Labels.ArState.OnHold && ar.Snapshot.Labels.Contains(LicenceHold.Label, StringComparer.OrdinalIgnoreCase))
        {
            step.Value = "seat wait";
            card = card with { SeatWait = await SeatWaitAsync(ar, state, cancellationToken) };
        }

        var onBoard = run.Board.Count;
        run.Board.Add(card);
        if (!flags.MayBeFlagged(state, ar.TeamAssignees.Count > 0, created, run.Now, ar.Issue.DueDate))
        {
            return;
        }

        step.Value = "history";
        var (arFacts, history) = await facts.ReadAsync(ar.ProjectId, ar.Issue, state, ar.TeamAssignees, run.Now, cancellationToken);
        run.Board[onBoard] = card with { Flags = flags.Raised(arFacts, run.Now) };
        if (flags.Evaluate(arFacts, run.Now) is { Count: > 0 } nudges)
        {
            run.Due.Add(new ArDueNudges(ar.Ref, nudges));
        }

        run.Pending.AddRange(history.Pending.Select(note => new ArPendingNudges(ar.Ref, note, ar.TeamAssignees)));
    }
}
