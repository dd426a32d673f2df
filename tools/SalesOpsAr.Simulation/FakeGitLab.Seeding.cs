
namespace SalesOpsAr.Simulation;

// Seeding history and reading back what the bot did.
public sealed partial class FakeGitLab
{
    /// <summary>Seeds history: a note by someone at a given time.</summary>
    public FakeNote AddNote(FakeIssue issue, string author, string? body, DateTimeOffset at, bool system = false)
    {
        var note = new FakeNote(Interlocked.Increment(ref _nextNoteId), author, body, system, at);
        lock (issue.Gate)
        {
            issue.Notes.Add(note);
            issue.UpdatedAt = issue.UpdatedAt > at ? issue.UpdatedAt : at;
        }

        return note;
    }

    /// <summary>Seeds history: a label added or removed by someone at a given time (null: GitLab left created_at out).</summary>
    public void AddLabelEvent(FakeIssue issue, string user, string label, string action, DateTimeOffset? at)
    {
        lock (issue.Gate)
        {
            issue.LabelEvents.Add(new FakeLabelEvent(Interlocked.Increment(ref _nextEventId), user, label, action, at));
            issue.UpdatedAt = at is { } t && t > issue.UpdatedAt ? t : issue.UpdatedAt;
        }
    }

    /// <summary>Issue searches made (<c>GET /issues?search=</c>).</summary>
    public int Searches => Volatile.Read(ref _searches);

    /// <summary>The project's labels, by name.</summary>
    public IReadOnlyList<FakeLabel> LabelsNow() => [.. _labels.Values.OrderBy(l => l.Id)];

    /// <summary>The project's issue boards.</summary>
    public IReadOnlyList<FakeBoard> BoardsNow() => [.. _boards.Values.OrderBy(b => b.Id)];

    /// <summary>Seeds a project label (as a person made it).</summary>
    public FakeLabel AddLabel(string name, string color, string? description = null) =>
        _labels[name] = new FakeLabel(Interlocked.Increment(ref _nextLabelId), name, color, description);

    /// <summary>Seeds a label of the project's group: the project's label list shows it (<c>is_project_label: false</c>), the
    /// project's label routes cannot change it (404), and a project label of the very same title is refused.</summary>
    public FakeLabel AddGroupLabel(string name, string color, string? description = null)
    {
        var label = new FakeLabel(Interlocked.Increment(ref _nextLabelId), name, color, description, OfGroup: true);
        _groupLabels[label.Id] = label;
        return label;
    }

    /// <summary>The group's labels the project sees.</summary>
    public IReadOnlyList<FakeLabel> GroupLabelsNow() => [.. _groupLabels.Values.OrderBy(l => l.Id)];

    /// <summary>Seeds an issue board (as a person made it) with lists for these labels, left to right.</summary>
    public FakeBoard AddBoard(string name, params FakeLabel[] lists)
    {
        var board = new FakeBoard(Interlocked.Increment(ref _nextLabelId), name);
        board.Lists.AddRange(lists.Select((label, i) => new FakeBoardList(Interlocked.Increment(ref _nextLabelId), label, i)));
        _boards[board.Id] = board;
        return board;
    }

    /// <summary>A label deleted from the project: its events now carry <c>label: null</c>, as GitLab's do.</summary>
    public void DeleteLabel(string title) => _deletedLabels[title] = 0;

    public FakeIssue AddIssue(long projectId, long iid, string description, IEnumerable<string>? labels = null, IEnumerable<string>? assignees = null)
    {
        var issue = new FakeIssue { ProjectId = projectId, Iid = iid, Description = description };
        issue.Labels.AddRange(labels ?? []);
        issue.Assignees.AddRange(assignees ?? []);
        _issues[(projectId, iid)] = issue;
        return issue;
    }

    public FakeIssue Issue(long projectId, long iid) => _issues[(projectId, iid)];

    /// <summary>
    /// API calls made so far for events and sweeps (method and path), optionally only those about one issue. The
    /// service's own token check (<c>GET /user</c> at start and every minute) is not one of them: see <see cref="TokenChecks"/>.
    /// </summary>
    public IReadOnlyList<string> Calls(FakeIssue? about = null) => _server.LogEntries
        .Select(e => $"{e.RequestMessage.Method} {e.RequestMessage.Path}")
        .Where(c => c != "GET /api/v4/user")
        .Where(c => about is null || c.Contains($"/projects/{about.ProjectId}/issues/{about.Iid}", StringComparison.Ordinal))
        .ToList();

    /// <summary>How often the token was checked (<c>GET /user</c>).</summary>
    public int TokenChecks => _server.LogEntries.Count(e => e.RequestMessage.Method == "GET" && e.RequestMessage.Path == "/api/v4/user");

    /// <summary>The value of a header on every API call made about an issue.</summary>
    public IReadOnlyList<string?> HeaderOnCalls(FakeIssue about, string header) => _server.LogEntries
        .Where(e => e.RequestMessage.Path.Contains($"/projects/{about.ProjectId}/issues/{about.Iid}", StringComparison.Ordinal))
        .Select(e => e.RequestMessage.Headers is { } h && h.TryGetValue(header, out var v) ? v.FirstOrDefault() : null)
        .ToList();
}
