using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Reconciling;

/// <summary>Maps GitLab's issue to the rules' view of an AR.</summary>
internal static class GitLabIssueExtensions
{
    public static ArSnapshot ToSnapshot(this GitLabIssue issue, long projectId) => new()
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
