using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>
/// Writes a plan on GitLab: labels (and due date) first, in one edit at the call budget's pace; what the edit owes in
/// writing then trails on the notes queue at GitLab's notes pace, so no label edit ever waits for a note. A retry finds
/// the labels right and owes no second note.
/// </summary>
internal sealed class GitLabPlanWriter(IGitLabClient gitLab, IWorkQueue work, CcLedger ledger, IEnumerable<IPickupListener> pickups, TimeProvider clock) : IPlanWriter
{
    public bool Writes => true;

    public async Task WriteAsync(ArSnapshot ar, Plan plan, Attempt attempt, bool runbookAsked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ar);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(attempt);
        if (plan.EditsIssue)
        {
            await gitLab.EditLabelsAsync(ar.ProjectId, ar.Iid, plan.AddLabels, plan.RemoveLabels, cancellationToken, plan.SetDueDate);
        }

        await SendOwedAsync(ar, plan, attempt, runbookAsked, cancellationToken);
        if (plan.PickedUp)
        {
            foreach (var pickup in pickups.Where(p => p.Listening))
            {
                await pickup.PickedUpAsync(new ArRef(ar.ProjectId, ar.Iid, ar.Title, ar.WebUrl), attempt.Key ?? $"pickup-{ar.Iid}", cancellationToken);
            }
        }

        if (plan.Cc.Count > 0 && ar.IsOpen)
        {
            ledger.Record(ar.ProjectId, ar.Iid);
        }
    }

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
}
