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
    IArReader reader,
    ArRules rules,
    ArLock arLock,
    ArContextReader context,
    IPlanWriter writer,
    CcLedger ledger,
    RespectedLabels respected,
    ArCoalescer coalescer,
    TransitionMetrics transitions,
    IWorkQueue work,
    SalesOpsArMetrics metrics,
    TimeProvider clock,
    ILogger<ArReconciler> logger) : IArReconciler, IWorkHandler<ArChanged>
{
    public Task HandleAsync(ArChanged message, bool retried, CancellationToken cancellationToken) =>
        ReconcileAsync(message, retried, cancellationToken);

    /// <param name="retried">A retry or redelivery of the message: an earlier attempt may have posted its note already.</param>
    public async Task<ReconcileResult> ReconcileAsync(ArChanged message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var hints = ArInput.Hints(message);
        await ForwardCommandsAsync(message, cancellationToken);
        if (reader.ReadsLive && coalescer.Covers(message, hints)) // without a token each message is its own snapshot: nothing to join
        {
            ReconcilerLog.Coalesced(logger, message.ProjectId, message.Iid, message.DeliveryId);
            metrics.Coalesced();
            return new ReconcileResult(ReconcileOutcome.Coalesced, Plan.Nothing);
        }

        using var turn = coalescer.Wait(message.ProjectId, message.Iid);
        await using var held = await arLock.AcquireAsync(message.ProjectId, message.Iid, cancellationToken);
        hints = hints.Join(await turn.ReadingAsync(cancellationToken));
        using var eventScope = GitLabEventContext.Begin(message.EventUuid);
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ProjectId"] = message.ProjectId,
            ["Iid"] = message.Iid,
            ["DeliveryId"] = message.DeliveryId,
        });

        if (await reader.ReadAsync(message, cancellationToken) is not { } ar)
        {
            return Skip(message.ProjectId, message.Iid, reader.Missing);
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

        await using var held = await arLock.AcquireAsync(listed.ProjectId, listed.Iid, cancellationToken);
        var fresh = await reader.ReadAgainAsync(listed, cancellationToken);
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

        var plan = await context.DecideAsync(ar, hints, cancellationToken, dryRun: forceDryRun || !writer.Writes);
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

        if (!writer.Writes || forceDryRun)
        {
            ReconcilerLog.PlanDecided(logger, ar.ProjectId, ar.Iid, plan, dryRun: true);
            metrics.Reconciled("dry_run");
            return new ReconcileResult(ReconcileOutcome.DryRun, plan);
        }

        await writer.WriteAsync(ar, plan, attempt, hints.RunbookAsked, cancellationToken);
        ReconcilerLog.PlanDecided(logger, ar.ProjectId, ar.Iid, plan, dryRun: false);
        metrics.Reconciled("applied");
        transitions.Record(ar, plan);
        return new ReconcileResult(ReconcileOutcome.Applied, plan);
    }

    // A note's commands become jobs of their own (the provisioning feature's), keyed by the note and the command's place:
    // a redelivered event sends them again, and the job finds its answer already written.
    private async Task ForwardCommandsAsync(ArChanged message, CancellationToken cancellationToken)
    {
        if (message.CommandBy is not { } by)
        {
            return;
        }

        var note = message.NoteId is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : ChangeKey(message);
        for (var i = 0; i < Math.Min(message.Commands.Count, Workflow.Provisioning.BotCommand.MaxPerNote); i++)
        {
            await work.SendAsync(new CommandOwed
            {
                ProjectId = message.ProjectId,
                Iid = message.Iid,
                Command = message.Commands[i],
                By = by,
                Key = $"cmd-{note}-{i}",
                EventUuid = message.EventUuid,
            }, cancellationToken);
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
