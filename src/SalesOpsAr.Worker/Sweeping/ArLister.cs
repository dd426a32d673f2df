using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Reconciling;

namespace SalesOpsAr.Worker.Sweeping;

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
                if (rules.IsSalesOpsAr(ar.Labels, ar.Description))
                {
                    var states = ar.Labels.Select(rules.Labels.StateOf).OfType<ArState>().Distinct().ToList();
                    yield return new ListedAr(projectId, issue, ar, states is [var one] ? one : null, rules.TeamAssignees(ar));
                }
            }
        }
    }
}
