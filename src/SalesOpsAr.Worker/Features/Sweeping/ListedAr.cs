using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>An open Sales Ops AR as the issue list shows it, with what the sweep reads of it at once.</summary>
/// <param name="State">Its one state; null when it has none or several (the reconciler's to mend).</param>
internal sealed record ListedAr(long ProjectId, GitLabIssue Issue, ArSnapshot Snapshot, ArState? State, IReadOnlyList<string> TeamAssignees)
{
    /// <summary>Why it is held, when a hold label says (the first of them); null otherwise.</summary>
    public string? HoldReason { get; init; }

    public ArRef Ref => new(ProjectId, Issue.Iid, Issue.Title, Issue.WebUrl);
}
