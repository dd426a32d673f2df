using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Webhooks;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Reconciling;

/// <summary>
/// The one mapping from GitLab's data to the rules' input: an issue read from the API, or the issue and the
/// hints an <see cref="ArChanged"/> carries from a webhook (the receiver's dry-run path and <c>replay</c>).
/// </summary>
internal static class ArInput
{
    public static ArSnapshot Snapshot(GitLabIssue issue, long projectId)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new()
        {
            ProjectId = issue.ProjectId > 0 ? issue.ProjectId : projectId,
            Iid = issue.Iid,
            Title = issue.Title,
            Description = issue.Description,
            IsOpen = issue.State != "closed",
            Labels = issue.Labels,
            Assignees = issue.Assignees.Select(a => a.Username).ToList(),
            UserNotesCount = issue.UserNotesCount,
            WebUrl = issue.WebUrl,
        };
    }

    /// <summary>The AR as the webhook showed it; null when the message carries none (a note event, or a token to read it with).</summary>
    public static ArSnapshot? Snapshot(ArChanged message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Issue is not { } issue ? null : new()
        {
            ProjectId = message.ProjectId,
            Iid = message.Iid,
            Title = issue.Title,
            Description = issue.Description,
            IsOpen = issue.State != "closed",
            Labels = issue.Labels,
            Assignees = issue.Assignees,
            WebUrl = issue.Url,
        };
    }

    /// <summary>The message a webhook becomes; the issue itself rides along only when the reconciler cannot read GitLab.</summary>
    public static ArChanged Message(WebhookEvent e, string deliveryId, string? eventUuid, DateTimeOffset receivedAt, bool withIssue)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            ProjectId = e.ProjectId,
            Iid = e.Iid,
            DeliveryId = deliveryId,
            EventUuid = eventUuid,
            Source = e.Kind,
            Action = e.Action.ToString().ToLowerInvariant(),
            LabelsAdded = e.LabelsAdded,
            LabelsRemoved = e.LabelsRemoved,
            ReceivedAt = receivedAt,
            Issue = withIssue && e.Kind == "issue"
                ? new ArChangedIssue
                {
                    Title = e.Title,
                    Description = e.Description,
                    State = e.IsOpen ? "opened" : "closed",
                    Labels = e.Labels,
                    Assignees = e.Assignees,
                    Url = e.Url,
                }
                : null,
        };
    }

    public static ArHints Hints(ArChanged message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new()
        {
            Action = message.Action switch
            {
                "open" => EventAction.Open,
                "update" => EventAction.Update,
                "close" => EventAction.Close,
                "reopen" => EventAction.Reopen,
                "note" => EventAction.Note,
                _ => EventAction.None,
            },
            LabelsAdded = message.LabelsAdded,
            LabelsRemoved = message.LabelsRemoved,
        };
    }
}
