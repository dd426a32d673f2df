using SalesOpsAr.GitLab.Webhooks;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Receiving;

/// <summary>What a webhook payload alone says about an AR: enough for dry-run without a token, and for replay.</summary>
internal static class WebhookEventExtensions
{
    /// <summary>The AR as the payload shows it; null for note events, whose payload carries no assignees.</summary>
    public static ArSnapshot? ToSnapshot(this WebhookEvent e) => e.Kind != "issue" ? null : new ArSnapshot
    {
        ProjectId = e.ProjectId,
        Iid = e.Iid,
        Title = e.Title,
        Description = e.Description,
        IsOpen = e.IsOpen,
        Labels = e.Labels,
        Assignees = e.Assignees,
        WebUrl = e.Url,
    };

    public static ArHints ToHints(this WebhookEvent e) =>
        new() { Action = e.Action, LabelsAdded = e.LabelsAdded, LabelsRemoved = e.LabelsRemoved };
}
