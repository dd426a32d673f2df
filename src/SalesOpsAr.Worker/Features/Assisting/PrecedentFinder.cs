using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>
/// Finds recent Completed ARs for a role with one issue search (GitLab's <c>search</c> over titles and descriptions,
/// newest first), reused for <see cref="AssistantOptions.PrecedentCache"/>: a bulk day of ARs for one role costs one call.
/// What it keeps is only what the note needs (<see cref="FoundPrecedent"/>: values cut to 300 characters, titles to 200),
/// dropped when it expires, and bounded by entries (<see cref="MaxRoles"/>) and by bytes (<see cref="MaxBytes"/>): the
/// oldest search goes first.
/// </summary>
internal sealed class PrecedentFinder(IGitLabClient gitLab, ArRequestReader reader, RunbookCatalog catalog, IOptions<AssistantOptions> options, TimeProvider clock)
{
    public const int MaxRoles = 500;
    public const long MaxBytes = 4 * 1024 * 1024;
    private const int SearchPage = 20;
    private const int MaxValue = 300;
    private const int MaxTitle = 200;
    private readonly Lock _gate = new();
    private readonly Dictionary<(long ProjectId, string Role), Entry> _cache = [];
    private long _bytes;

    /// <summary>Searches kept now, and roughly their bytes (for tests and diagnostics).</summary>
    public (int Roles, long Bytes) Cached
    {
        get
        {
            lock (_gate)
            {
                return (_cache.Count, _bytes);
            }
        }
    }

    public async Task<IReadOnlyList<Precedent>> FindAsync(long projectId, long iid, string role, IReadOnlyList<Runbook> runbooks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runbooks);
        var count = options.Value.Precedents;
        if (count == 0 || role.Trim().Length < 3) // GitLab's search wants three characters
        {
            return [];
        }

        var found = await SearchAsync(projectId, role.Trim(), cancellationToken);
        var systems = runbooks.Select(r => r.System).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. found
            .Where(f => f.Iid != iid && f.Roles.Contains(role.Trim()))
            .Take(count)
            .Select(f => new Precedent(f.Iid, f.Title, f.WebUrl, f.Given.Where(g => systems.Contains(g.Key)).ToDictionary(StringComparer.OrdinalIgnoreCase)))];
    }

    // One search per role at a time: writers asking meanwhile share it; a failed one is not kept.
    private async Task<IReadOnlyList<FoundPrecedent>> SearchAsync(long projectId, string role, CancellationToken cancellationToken)
    {
        var key = (projectId, role.ToUpperInvariant());
        var now = clock.GetUtcNow();
        Entry entry;
        var shared = false;
        lock (_gate)
        {
            Expire(now);
            if (_cache.TryGetValue(key, out var cached) && !cached.Found.IsFaulted && !cached.Found.IsCanceled)
            {
                (entry, shared) = (cached, true);
            }
            else
            {
                entry = new Entry(now, Search(projectId, role, cancellationToken));
                Remove(key);
                _cache[key] = entry;
            }
        }

        var found = await entry.Found;
        if (shared)
        {
            return found;
        }

        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
            {
                entry.Bytes = found.Sum(f => f.Bytes);
                _bytes += entry.Bytes;
                Bound();
            }
        }

        return found;
    }

    private async Task<IReadOnlyList<FoundPrecedent>> Search(long projectId, string role, CancellationToken cancellationToken)
    {
        var issues = await gitLab.SearchIssuesAsync(projectId, StateLabels.Completed, role, SearchPage, cancellationToken);
        return [.. issues.Select(Slim)];
    }

    // The issue and its parsed request are read here and let go: only what the note quotes is kept.
    private FoundPrecedent Slim(GitLabIssue issue)
    {
        var request = reader.Read(issue.Description, issue.Title);
        var given = Precedent.Of(issue.Iid, issue.Title, issue.WebUrl, request, catalog.All).Given
            .ToDictionary(g => g.Key, g => Clip(g.Value, MaxValue), StringComparer.OrdinalIgnoreCase);
        var roles = request.People.Select(p => p.Role?.Trim()).OfType<string>().Where(r => r.Length <= MaxValue).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new FoundPrecedent(issue.Iid, Clip(issue.Title, MaxTitle), issue.WebUrl is { Length: <= 2048 } url ? url : null, roles, given);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private void Expire(DateTimeOffset now)
    {
        foreach (var key in _cache.Where(e => now - e.Value.At >= options.Value.PrecedentCache).Select(e => e.Key).ToList())
        {
            Remove(key);
        }
    }

    private void Bound()
    {
        while (_cache.Count > MaxRoles || _bytes > MaxBytes)
        {
            Remove(_cache.MinBy(e => e.Value.At).Key);
        }
    }

    private void Remove((long, string) key)
    {
        if (_cache.Remove(key, out var gone))
        {
            _bytes -= gone.Bytes;
        }
    }

    private sealed class Entry(DateTimeOffset at, Task<IReadOnlyList<FoundPrecedent>> found)
    {
        public DateTimeOffset At { get; } = at;

        public Task<IReadOnlyList<FoundPrecedent>> Found { get; } = found;

        public long Bytes { get; set; }
    }
}
