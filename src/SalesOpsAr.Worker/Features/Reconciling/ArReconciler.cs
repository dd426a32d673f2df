using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Worker.Platform.Reading;
using SalesOpsAr.Worker.Platform.Telemetry;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>
/// Reads an AR fresh, asks the rules for a plan, and applies it: one label edit and at most one note.
/// The same path serves webhooks, sweeps and replays.
/// </summary>
internal sealed class ArReconciler(
    IGitLabClient gitLab,
    ArRules rules,
    RunMode mode,
    KeyedLock<(long ProjectId, long Iid)> perAr,
    BrokerArLock acrossWorkers,
    ArContextReader context,
    CcLedger ledger,
    RespectedLabels respected,
    IWorkQueue work,
    ArCoalescer coalescer,
    SalesOpsArMetrics metrics,
    Workflow.Calendar.BusinessCalendar calendar,
    TimeProvider clock,
    ILogger<ArReconciler> logger) : IArReconciler, IWorkHandler<ArChanged>
{
    public Task HandleAsync(ArChanged message, bool retried, CancellationToken cancellationToken) =>
        ReconcileAsync(message, retried, cancellationToken);

    private bool CanRead => mode.CanRead;

    /// <param name="retried">A retry or redelivery of the message: an earlier attempt may have posted its note already.</param>
    public async Task<ReconcileResult> ReconcileAsync(ArChanged message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var hints = ArInput.Hints(message);
        if (CanRead && coalescer.Covers(message, hints)) // without a token each message is its own snapshot: nothing to join
        {
            ReconcilerLog.Coalesced(logger, message.ProjectId, message.Iid, message.DeliveryId);
            metrics.Coalesced();
            return new ReconcileResult(ReconcileOutcome.Coalesced, Plan.Nothing);
        }

        using var turn = coalescer.Wait(message.ProjectId, message.Iid);
        using var held = await perAr.AcquireAsync((message.ProjectId, message.Iid), cancellationToken);
        await using var heldEverywhere = await acrossWorkers.AcquireAsync(message.ProjectId, message.Iid, cancellationToken);
        hints = hints.Join(await turn.ReadingAsync(cancellationToken));
        using var eventScope = GitLabEventContext.Begin(message.EventUuid);
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ProjectId"] = message.ProjectId,
            ["Iid"] = message.Iid,
            ["DeliveryId"] = message.DeliveryId,
        });

        var ar = CanRead ? await ReadAsync(message, cancellationToken) : ArInput.Snapshot(message);
        if (ar is null)
        {
            return Skip(message.ProjectId, message.Iid, CanRead ? "the issue does not exist or the bot cannot see it" : "no GitLab token and the event carries no issue to decide from");
        }

        var result = await DecideAndApplyAsync(ar, hints, new Attempt(ChangeKey(message), retried), cancellationToken);
        if (message.ReceivedAt != default)
        {
            metrics.EnqueueToApplied(clock.GetUtcNow() - message.ReceivedAt);
        }

        return result;
    }

    /// <summary>
    /// Reconciles an AR the sweep already read in its issue list. Deciding on the listed copy is free; only
    /// when it calls for a change is the AR read again under the per-AR locks, since the list may be stale by
    /// then (a webhook for the same AR may just have been handled).
    /// </summary>
    public async Task<ReconcileResult> ReconcileAsync(ArSnapshot listed, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listed);
        if (!rules.IsSalesOpsAr(listed.Labels, listed.Description) || rules.Decide(listed, ArHints.None, LedgerContext(listed)).IsEmpty)
        {
            return new ReconcileResult(ReconcileOutcome.NoChange, Plan.Nothing);
        }

        using var held = await perAr.AcquireAsync((listed.ProjectId, listed.Iid), cancellationToken);
        await using var heldEverywhere = await acrossWorkers.AcquireAsync(listed.ProjectId, listed.Iid, cancellationToken);
        var fresh = CanRead ? await ReadAsync(listed.ProjectId, listed.Iid, cancellationToken) : listed;
        return fresh is null
            ? Skip(listed.ProjectId, listed.Iid, "the issue no longer exists")
            : await DecideAndApplyAsync(fresh, ArHints.None, Attempt.Sweep, cancellationToken, dryRun);
    }

    private async Task<ReconcileResult> DecideAndApplyAsync(ArSnapshot ar, ArHints hints, Attempt attempt, CancellationToken cancellationToken, bool forceDryRun = false)
    {
        if (!rules.IsSalesOpsAr(ar.Labels, ar.Description))
        {
            return Skip(ar.ProjectId, ar.Iid, "not a Sales Ops AR");
        }

        if (!TaskListParser.CanParse(ar.Description))
        {
            ReconcilerLog.DescriptionUnread(logger, ar.ProjectId, ar.Iid, ar.Description!.Length);
        }

        var plan = await context.DecideAsync(ar, hints, cancellationToken);
        if (plan.Respected is { } own && respected.FirstTime(ar.ProjectId, ar.Iid, own))
        {
            ReconcilerLog.Respected(logger, ar.ProjectId, ar.Iid, own);
        }

        if (plan.IsEmpty)
        {
            ReconcilerLog.NoChange(logger, ar.ProjectId, ar.Iid);
            metrics.Reconciled("no_change");
            return new ReconcileResult(ReconcileOutcome.NoChange, plan);
        }

        if (!mode.CanWrite || forceDryRun)
        {
            ReconcilerLog.PlanDecided(logger, ar.ProjectId, ar.Iid, plan, dryRun: true);
            metrics.Reconciled("dry_run");
            return new ReconcileResult(ReconcileOutcome.DryRun, plan);
        }

        // Labels first, at the call budget's pace; the note that explains them trails on the notes queue, at GitLab's
        // notes pace, so no label edit ever waits for a note. A retry finds the labels right and owes no second note.
        if (plan.EditsIssue)
        {
            await gitLab.EditLabelsAsync(ar.ProjectId, ar.Iid, plan.AddLabels, plan.RemoveLabels, cancellationToken, plan.SetDueDate);
        }

        await SendOwedAsync(ar, plan, attempt, hints.RunbookAsked, cancellationToken);

        if (plan.Cc.Count > 0 && ar.IsOpen)
        {
            ledger.Record(ar.ProjectId, ar.Iid);
        }

        ReconcilerLog.PlanDecided(logger, ar.ProjectId, ar.Iid, plan, dryRun: false);
        metrics.Reconciled("applied");
        if (plan.From != plan.To)
        {
            metrics.Transition(plan.From, plan.To);
            if (plan.To is { } reached && ar.CreatedAt is { } opened && (reached == Workflow.Labels.ArState.Completed || plan.From is null or Workflow.Labels.ArState.ActionNeeded))
            {
                var now = clock.GetUtcNow();
                metrics.Reached(reached, now - opened, calendar.WorkingTimeBetween(opened, now));
            }
        }
        return new ReconcileResult(ReconcileOutcome.Applied, plan);
    }

    private Task<ArSnapshot?> ReadAsync(ArChanged message, CancellationToken cancellationToken) =>
        ReadAsync(message.ProjectId, message.Iid, cancellationToken);

    private async Task<ArSnapshot?> ReadAsync(long projectId, long iid, CancellationToken cancellationToken) =>
        await gitLab.GetIssueAsync(projectId, iid, cancellationToken) is { } issue ? ArInput.Snapshot(issue, projectId) : null;

    // One job per thing owed, each after the label edit: the note (with the runbook and the announcement that follow
    // it), or the runbook alone when the plan says nothing, or the progress line.
    private async Task SendOwedAsync(ArSnapshot ar, Plan plan, Attempt attempt, bool runbookAsked, CancellationToken cancellationToken)
    {
        var runbook = plan.Runbook == RunbookDuty.Post
            ? new RunbookOwed { ProjectId = ar.ProjectId, Iid = ar.Iid, Asked = runbookAsked, ChangeKey = attempt.Key, EventUuid = GitLabEventContext.EventUuid }
            : null;
        if (plan.Reasons.Count > 0 || plan.Cc.Count > 0)
        {
            await work.SendAsync(
                new PlanNoteOwed
                {
                    ProjectId = ar.ProjectId,
                    Iid = ar.Iid,
                    Reasons = plan.Reasons,
                    Cc = plan.Cc,
                    To = plan.To?.ToString(),
                    ChangeKey = attempt.Key,
                    CheckPosted = attempt.Retried,
                    CcOnly = plan.Cc.Count > 0 && !plan.ChangesLabels && plan.From == plan.To && ar.IsOpen,
                    Announcement = plan.Cc.Count > 0 && ar.IsOpen
                        ? new NewArAnnouncement { ProjectId = ar.ProjectId, Iid = ar.Iid, Title = ar.Title, WebUrl = ar.WebUrl }
                        : null,
                    Runbook = runbook,
                    EventUuid = GitLabEventContext.EventUuid,
                    OwedAt = clock.GetUtcNow(),
                },
                cancellationToken);
        }
        else if (runbook is not null)
        {
            await work.SendAsync(runbook, cancellationToken);
        }

        if (plan.Runbook == RunbookDuty.UpdateProgress)
        {
            await work.SendAsync(new RunbookProgressOwed { ProjectId = ar.ProjectId, Iid = ar.Iid, EventUuid = GitLabEventContext.EventUuid }, cancellationToken);
        }
    }

    // What the process already knows without reading: whether the AR is CC'd.
    private ArContext LedgerContext(ArSnapshot ar) => ledger.IsCcd(ar.ProjectId, ar.Iid)
        ? new ArContext { MentionedInNotes = rules.Settings.Dris.ToHashSet(StringComparer.OrdinalIgnoreCase) }
        : ArContext.None;

    // The same for every attempt at one delivery, and short: the first 12 hex digits of a hash of its id.
    private static string ChangeKey(ArChanged message) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(message.DeliveryId ?? $"{message.ProjectId}#{message.Iid}@{message.ReceivedAt:O}")))[..12];

    private ReconcileResult Skip(long projectId, long iid, string reason)
    {
        ReconcilerLog.Skipped(logger, projectId, iid, reason);
        metrics.Reconciled("skipped");
        return new ReconcileResult(ReconcileOutcome.Skipped, Plan.Nothing);
    }
}
