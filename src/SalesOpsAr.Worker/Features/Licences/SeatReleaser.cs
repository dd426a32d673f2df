using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Licences;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Platform.Reading;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>
/// Releases an AR the sweep found first in line with its seats free: re-reads it (a person may have removed the label
/// meanwhile, or closed it: then nothing), posts the note with the numbers once (found again by its key on a retry),
/// removes <see cref="LicenceHold.Label"/> and, with no other hold reason left, resumes it as Rule 6 does, in the same edit.
/// </summary>
internal sealed partial class SeatReleaser(
    IGitLabClient gitLab,
    NotesBudget budget,
    BrokerArLock acrossWorkers,
    BusinessCalendar calendar,
    ArRules rules,
    ILogger<SeatReleaser> logger) : IWorkHandler<SeatReleaseOwed>
{
    private readonly ArLock _turn = new(new KeyedLock<(long ProjectId, long Iid)>(), acrossWorkers);

    public async Task HandleAsync(SeatReleaseOwed message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var held = await _turn.AcquireAsync(message.ProjectId, message.Iid, cancellationToken);
        if (await gitLab.GetIssueAsync(message.ProjectId, message.Iid, cancellationToken) is not { State: "opened" } issue
            || !issue.Labels.Contains(LicenceHold.Label, StringComparer.OrdinalIgnoreCase))
        {
            return; // closed, or released already (by a person or an earlier try)
        }

        var key = SeatNotes.ReleaseKey(message.Iid, message.HeldSince);
        var notes = await gitLab.ListNotesAsync(message.ProjectId, message.Iid, cancellationToken);
        if (!notes.Any(n => SeatNotes.Is(n.Body, SeatNotes.ReleaseMarker, key)))
        {
            using var slot = NotesBudget.Hold(await budget.TakeAsync(cancellationToken));
            await gitLab.CreateNoteAsync(message.ProjectId, message.Iid,
                SeatNotes.Release(message.Licence, message.Used, message.Total, message.HeldSince, message.Position, calendar.Zone, key, message.SeatsNeeded), cancellationToken);
        }

        // Rule 6 in the same edit: with no other hold reason left, On Hold gives way to In Progress (a team member is
        // assigned) or Action Needed; the bot's own edit brings no webhook back, so the reconciler would only see it at a sweep.
        var otherHold = issue.Labels.Any(l => !string.Equals(l, LicenceHold.Label, StringComparison.OrdinalIgnoreCase) && rules.Labels.HoldOf(l) is not null);
        var resumeTo = rules.TeamAssignees(ArInput.Snapshot(issue, message.ProjectId)).Count > 0 ? ArState.InProgress : ArState.ActionNeeded;
        IReadOnlyList<string> add = otherHold ? [] : [StateLabels.Title(resumeTo)];
        var remove = otherHold ? [LicenceHold.Label] : issue.Labels.Where(l => string.Equals(l, LicenceHold.Label, StringComparison.OrdinalIgnoreCase) || rules.Labels.StateOf(l) is { } s && s != resumeTo).ToList();
        await gitLab.EditLabelsAsync(message.ProjectId, message.Iid, add, remove, cancellationToken);
        Released(logger, message.ProjectId, message.Iid, message.Licence, message.Position);
    }

    [LoggerMessage(EventId = 720, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} released from the SFDC-licence hold: a {Licence} seat is free ({Position} in line)")]
    private static partial void Released(ILogger logger, long projectId, long iid, string licence, int position);
}
