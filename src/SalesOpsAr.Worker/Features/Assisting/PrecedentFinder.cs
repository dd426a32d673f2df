using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>
/// Finds recent Completed ARs for a role with one issue search (GitLab's <c>search</c> over titles and descriptions,
/// newest first), reused for <see cref="AssistantOptions.PrecedentCache"/>: a bulk day of ARs for one role costs one call.
/// </summary>
internal sealed class PrecedentFinder(IGitLabClient gitLab, ArRequestReader reader, IOptions<AssistantOptions> options, TimeProvider clock)
{
    private const int SearchPage = 20;
    private readonly Lock _gate = new();
    private readonly Dictionary<(long ProjectId, string Role), (DateTimeOffset At, Task<List<(GitLabIssue Issue, ArRequest Request)>> Found)> _cache = [];

    public async Task<IReadOnlyList<Precedent>> FindAsync(long projectId, long iid, string role, IReadOnlyList<Runbook> runbooks, CancellationToken cancellationToken)
    {
        var count = options.Value.Precedents;
        if (count == 0 || role.Trim().Length < 3) // GitLab's search wants three characters
        {
            return [];
        }

        var found = await SearchAsync(projectId, role.Trim(), cancellationToken);
        return [.. found
            .Where(f => f.Issue.Iid != iid && Precedent.SameRole(f.Request, role))
            .Take(count)
            .Select(f => Precedent.Of(f.Issue.Iid, f.Issue.Title, f.Issue.WebUrl, f.Request, runbooks))];
    }

    // One search per role at a time: writers asking meanwhile share it; a failed one is not kept.
    private Task<List<(GitLabIssue Issue, ArRequest Request)>> SearchAsync(long projectId, string role, CancellationToken cancellationToken)
    {
        var key = (projectId, role.ToUpperInvariant());
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached) && now - cached.At < options.Value.PrecedentCache && !cached.Found.IsFaulted && !cached.Found.IsCanceled)
            {
                return cached.Found;
            }

            if (_cache.Count > 1_000)
            {
                _cache.Clear(); // roles seen long ago: searched again when next needed
            }

            var search = Search(projectId, role, cancellationToken);
            _cache[key] = (now, search);
            return search;
        }
    }

    private async Task<List<(GitLabIssue Issue, ArRequest Request)>> Search(long projectId, string role, CancellationToken cancellationToken)
    {
        var issues = await gitLab.SearchIssuesAsync(projectId, StateLabels.Completed, role, SearchPage, cancellationToken);
        return [.. issues.Select(i => (i, reader.Read(i.Description, i.Title)))];
    }
}
