using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Reading;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>Lists the open Sales Ops ARs of every configured project, 100 a page; other teams' issues are dropped on sight.</summary>
internal sealed class ArLister(IGitLabClient gitLab, IOptions<GitLabOptions> options, ArRules rules)
{
    public async IAsyncEnumerable<ListedAr> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var projectId in options.Value.ProjectIdList)
        {
            foreach (var issue in await gitLab.ListOpenIssuesAsync(projectId, cancellationToken))
            {
                var ar = ArInput.Snapshot(issue, projectId);
                if (rules.IsSalesOpsAr(ar.Labels, ar.Description) && !rules.IsOffTheWorkflow(ar.Labels))
                {
                    // An AR carrying a person's own Sales Ops label (SalesOpsAR::Blocked) is theirs: healed, never flagged.
                    var states = ar.Labels.Select(rules.Labels.StateOf).OfType<ArState>().Distinct().ToList();
                    ArState? state = states is [var one] && !ar.Labels.Any(rules.Labels.IsUnknownInScope) ? one : null;
                    yield return new ListedAr(projectId, issue, ar, state, rules.TeamAssignees(ar))
                    {
                        HoldReason = ar.Labels.Select(rules.Labels.HoldOf).FirstOrDefault(h => h is not null)?.Reason,
                    };
                }
            }
        }
    }

    /// <summary>Sales Ops ARs closed since then in a state other than Completed: nothing may disappear from the board unseen.</summary>
    public async Task<IReadOnlyList<OpenAr>> ListClosedUnfinishedAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var closed = new List<OpenAr>();
        foreach (var projectId in options.Value.ProjectIdList)
        {
            foreach (var issue in await gitLab.ListClosedIssuesAsync(projectId, since, cancellationToken))
            {
                var ar = ArInput.Snapshot(issue, projectId);
                var states = ar.Labels.Select(rules.Labels.StateOf).OfType<ArState>().Distinct().ToList();
                if (issue.ClosedAt is { } closedAt && closedAt >= since && states is [var state] && state != ArState.Completed
                    && !rules.IsOffTheWorkflow(ar.Labels) && rules.IsSalesOpsAr(ar.Labels, ar.Description))
                {
                    closed.Add(new OpenAr(issue.Iid, issue.Title, issue.WebUrl, state, rules.TeamAssignees(ar), issue.CreatedAt ?? since));
                }
            }
        }

        return closed;
    }
}
