using System.Collections.Concurrent;
using System.Net;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// <see cref="IGitLabClient"/> in memory, for unit tests of one class (no HTTP, no host): issues, notes and label events
/// kept as GitLab keeps them, and every call written down in words (<see cref="Calls"/>). A missing issue is null on
/// read and 404 on write, as GitLab answers.
/// </summary>
internal sealed class InMemoryGitLab : IGitLabClient
{
    public const string Bot = "salesops-ar-bot";

    private readonly ConcurrentDictionary<(long, long), GitLabIssue> _issues = new();
    private readonly ConcurrentDictionary<(long, long), List<GitLabNote>> _notes = new();
    private readonly ConcurrentDictionary<(long, long), List<GitLabLabelEvent>> _events = new();
    private readonly ConcurrentQueue<string> _calls = new();
    private long _nextId = 1;

    /// <summary>Every call made, in order: <c>GET issue 4242#1</c>, <c>PUT labels 4242#1 +[…] -[…]</c>, <c>POST note 4242#1</c>…</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Thrown by the label and board lists when set (GitLab failing for good, or answering what is no list).</summary>
    public Exception? ListFailure { get; set; }

    public GitLabIssue Add(long iid, string description, IEnumerable<string>? labels = null, IEnumerable<string>? assignees = null, string state = "opened", string title = "Jane Doe, Salesforce, Account Executive")
    {
        var issue = new GitLabIssue
        {
            Id = iid + 10_000,
            Iid = iid,
            ProjectId = 4242,
            Title = title,
            Description = description,
            State = state,
            Labels = [.. labels ?? []],
            Assignees = [.. (assignees ?? []).Select(a => new GitLabUser(a.Length, a))],
            Author = new GitLabUser(7, "requester"),
            CreatedAt = Now.AddDays(-1),
            UpdatedAt = Now,
            WebUrl = $"https://gitlab.example.com/sales/ar/-/issues/{iid}",
        };
        _issues[(4242, iid)] = issue;
        return issue;
    }

    public GitLabIssue Issue(long iid) => _issues[(4242, iid)];

    public IReadOnlyList<GitLabNote> NotesOf(long iid) => [.. _notes.GetOrAdd((4242, iid), _ => [])];

    public void AddNote(long iid, string author, string body, bool system = false) =>
        _notes.GetOrAdd((4242, iid), _ => []).Add(new GitLabNote { Id = Interlocked.Increment(ref _nextId), Author = new GitLabUser(author.Length, author), Body = body, System = system, CreatedAt = Now });

    public void AddLabelEvent(long iid, string user, string label, string action, DateTimeOffset at) =>
        _events.GetOrAdd((4242, iid), _ => []).Add(new GitLabLabelEvent
        {
            Id = Interlocked.Increment(ref _nextId), User = new GitLabUser(user.Length, user), Label = new GitLabLabelRef(label.Length, label), Action = action, CreatedAt = at,
        });

    public void Remove(long iid) => _issues.TryRemove((4242, iid), out _);

    /// <summary>Issues deleted right after they are read: the next call about them is a 404, as GitLab answers.</summary>
    public ConcurrentDictionary<long, byte> VanishOnRead { get; } = new();

    public Task<GitLabIssue?> GetIssueAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET issue {projectId}#{iid}");
        var found = _issues.TryGetValue((projectId, iid), out var issue) ? issue : null;
        if (VanishOnRead.ContainsKey(iid))
        {
            Remove(iid);
        }

        return Task.FromResult(found);
    }

    public Task<GitLabIssue> EditLabelsAsync(long projectId, long iid, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove, CancellationToken cancellationToken, DateOnly? dueDate = null)
    {
        _calls.Enqueue($"PUT labels {projectId}#{iid} +[{string.Join(", ", add)}] -[{string.Join(", ", remove)}]" + (dueDate is { } due ? $" due {due:yyyy-MM-dd}" : ""));
        var issue = Existing(projectId, iid);
        var labels = issue.Labels.Where(l => !remove.Contains(l, StringComparer.OrdinalIgnoreCase)).Concat(add.Where(a => !issue.Labels.Contains(a, StringComparer.OrdinalIgnoreCase))).ToList();
        var edited = issue with { Labels = labels, DueDate = dueDate ?? issue.DueDate };
        _issues[(projectId, iid)] = edited;
        return Task.FromResult(edited);
    }

    public Task<IReadOnlyList<GitLabUser>> SearchUsersAsync(string search, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET users search {search}");
        return Task.FromResult<IReadOnlyList<GitLabUser>>([]);
    }

    public Task<GitLabIssue> SetAssigneesAsync(long projectId, long iid, IReadOnlyCollection<long> assigneeIds, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"PUT assignees {projectId}#{iid} [{string.Join(", ", assigneeIds)}]");
        var issue = Existing(projectId, iid);
        var edited = issue with { Assignees = [.. assigneeIds.Select(id => new GitLabUser(id, issue.Assignees.FirstOrDefault(a => a.Id == id)?.Username ?? $"user{id}"))] };
        _issues[(projectId, iid)] = edited;
        return Task.FromResult(edited);
    }

    public Task<GitLabNote> CreateNoteAsync(long projectId, long iid, string body, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"POST note {projectId}#{iid}");
        Existing(projectId, iid);
        var note = new GitLabNote { Id = Interlocked.Increment(ref _nextId), Author = new GitLabUser(1, Bot), Body = body, CreatedAt = Now };
        _notes.GetOrAdd((projectId, iid), _ => []).Add(note);
        return Task.FromResult(note);
    }

    public Task<IReadOnlyList<GitLabNote>> ListNotesAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET notes {projectId}#{iid}");
        Existing(projectId, iid);
        return Task.FromResult<IReadOnlyList<GitLabNote>>([.. _notes.GetOrAdd((projectId, iid), _ => [])]);
    }

    public Task<GitLabNote> EditNoteAsync(long projectId, long iid, long noteId, string body, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"PUT note {projectId}#{iid}");
        var notes = _notes.GetOrAdd((projectId, iid), _ => []);
        var at = notes.FindIndex(n => n.Id == noteId);
        notes[at] = notes[at] with { Body = body };
        return Task.FromResult(notes[at]);
    }

    public Task<IReadOnlyList<GitLabLabelEvent>> ListLabelEventsAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET label events {projectId}#{iid}");
        return Task.FromResult<IReadOnlyList<GitLabLabelEvent>>([.. _events.GetOrAdd((projectId, iid), _ => [])]);
    }

    public Task<IReadOnlyList<GitLabIssue>> ListOpenIssuesAsync(long projectId, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET open issues {projectId}");
        return Task.FromResult<IReadOnlyList<GitLabIssue>>([.. _issues.Values.Where(i => i.ProjectId == projectId && i.State == "opened").OrderBy(i => i.Iid)]);
    }

    public Task<IReadOnlyList<GitLabIssue>> ListClosedIssuesAsync(long projectId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET closed issues {projectId}");
        return Task.FromResult<IReadOnlyList<GitLabIssue>>([.. _issues.Values.Where(i => i.ProjectId == projectId && i.State == "closed" && i.ClosedAt >= since)]);
    }

    public Task<IReadOnlyList<GitLabIssue>> SearchIssuesAsync(long projectId, string label, string search, int count, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET search {projectId} {search}");
        var words = search.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Task.FromResult<IReadOnlyList<GitLabIssue>>([.. _issues.Values
            .Where(i => i.Labels.Contains(label, StringComparer.OrdinalIgnoreCase) && words.All(w => i.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(i => i.UpdatedAt).Take(count)]);
    }

    public Task<GitLabUserStatus> GetUserStatusAsync(long userId, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET status {userId}");
        return Task.FromResult(new GitLabUserStatus());
    }

    public Task<GitLabUser?> FindUserAsync(string username, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"GET user {username}");
        return Task.FromResult<GitLabUser?>(new GitLabUser(username.Length, username));
    }

    public Task<GitLabUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        _calls.Enqueue("GET user");
        return Task.FromResult(new GitLabUser(1, Bot));
    }

    public Task<GitLabHook> GetProjectHookAsync(long projectId, long hookId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("hooks are the webhook monitor's, not unit-tested here");

    public Task<IReadOnlyList<GitLabLabel>> ListLabelsAsync(long projectId, CancellationToken cancellationToken) =>
        ListFailure is { } failure ? Task.FromException<IReadOnlyList<GitLabLabel>>(failure) : Task.FromResult<IReadOnlyList<GitLabLabel>>([]);

    public Task<GitLabLabel> CreateLabelAsync(long projectId, string name, string color, string description, CancellationToken cancellationToken) =>
        throw new NotSupportedException("setup is tested against FakeGitLab");

    public Task<GitLabLabel> UpdateLabelAsync(long projectId, long labelId, string color, string description, CancellationToken cancellationToken) =>
        throw new NotSupportedException("setup is tested against FakeGitLab");

    public Task<IReadOnlyList<GitLabBoard>> ListBoardsAsync(long projectId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<GitLabBoard>>([]);

    public Task<GitLabBoard> CreateBoardAsync(long projectId, string name, CancellationToken cancellationToken) =>
        throw new NotSupportedException("setup is tested against FakeGitLab");

    public Task<GitLabBoardList> CreateBoardListAsync(long projectId, long boardId, long labelId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("setup is tested against FakeGitLab");

    private GitLabIssue Existing(long projectId, long iid) => _issues.TryGetValue((projectId, iid), out var issue)
        ? issue
        : throw new GitLabApiException(HttpStatusCode.NotFound, $"projects/{projectId}/issues/{iid}", "404 Not found");
}
