using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace SalesOpsAr.Simulation;

/// <summary>
/// GitLab's REST API faked statefully with WireMock.Net, as shared/brief/gitlab.md describes it:
/// <c>add_labels</c>/<c>remove_labels</c> change only those labels, unknown tokens get 401, notes count,
/// and every change fires an Issue Hook back at the worker as its author — unless the API call carried
/// <c>X-Gitlab-Event-UUID</c>, which GitLab uses to suppress such echoes.
/// </summary>
public sealed partial class FakeGitLab : IDisposable
{
    public const string Token = "glpat-test-token-0123456789";
    public const string BotUsername = "salesops-ar-bot";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly ConcurrentDictionary<(long, long), FakeIssue> _issues = new();
    private readonly HttpClient _webhooks = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentDictionary<long, FakeStatus> _statuses = new();
    private long _nextNoteId = 1;
    private long _nextEventId = 1;
    private int _echoesSent;
    private int _searches;
    private long _nextLabelId = 1000;
    private readonly ConcurrentDictionary<string, FakeLabel> _labels = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<long, FakeBoard> _boards = new();
    private int _notesThrottled;
    private readonly ConcurrentDictionary<string, byte> _deliveredUuids = new();
    private readonly ConcurrentDictionary<long, byte> _missingStatuses = new();
    private readonly ConcurrentDictionary<string, byte> _deletedLabels = new(StringComparer.OrdinalIgnoreCase);
    private readonly SlidingWindow _notesWindow = new();

    public FakeGitLab()
    {
        RouteAsync("GET", IssuePath(), request => Delayed(request, issue => { var d = issue.NextGetDelay; issue.NextGetDelay = TimeSpan.Zero; return d; }, GetIssue));
        RouteAsync("PUT", IssuePath(), request => Delayed(request, issue => { issue.CountPut(); return issue.PutDelay; }, PutIssue));
        Route("GET", IssuePath("/notes"), ListNotes);
        RouteAsync("POST", IssuePath("/notes"), request => Delayed(request, issue => issue.NotePostDelay, PostNote));
        Route("PUT", @"^/api/v4/projects/\d+/issues/\d+/notes/\d+$", EditNote);
        Route("GET", IssuePath("/resource_label_events"), ListLabelEvents);
        Route("GET", @"^/api/v4/projects/\d+/issues$", ListIssues);
        Route("GET", @"^/api/v4/projects/\d+/labels$", request => Authorized(request) ? Paged(request, [.. LabelsNow().Select(LabelJson)]) : Refusal());
        Route("POST", @"^/api/v4/projects/\d+/labels$", request => Authorized(request) ? CreateLabel(request) : Refusal());
        Route("PUT", @"^/api/v4/projects/\d+/labels/\d+$", request => Authorized(request) ? UpdateLabel(request) : Refusal());
        Route("GET", @"^/api/v4/projects/\d+/boards$", request => Authorized(request) ? Paged(request, [.. BoardsNow().Select(BoardJson)]) : Refusal());
        Route("POST", @"^/api/v4/projects/\d+/boards$", request => Authorized(request) ? CreateBoard(request) : Refusal());
        Route("POST", @"^/api/v4/projects/\d+/boards/\d+/lists$", request => Authorized(request) ? CreateBoardList(request) : Refusal());
        Route("GET", @"^/api/v4/users/\d+/status$", request => Authorized(request) ? GetStatus(request) : Refusal());
        Route("GET", "^/api/v4/users$", request => !Authorized(request) ? Refusal() : FindUser(request));
        Route("GET", @"^/api/v4/projects/\d+/hooks/\d+$", request => !Authorized(request) ? Refusal()
            : BotRole != "Maintainer" ? Json(403, new JsonObject { ["message"] = "403 Forbidden" }) // hooks need Maintainer
            : Json(200, new JsonObject
            {
                ["id"] = long.Parse(request.Path.Split('/')[^1], CultureInfo.InvariantCulture),
                ["url"] = WebhookUrl?.ToString(),
                ["alert_status"] = HookAlertStatus,
                ["disabled_until"] = HookDisabledUntil?.ToString("O"),
            }));
        Route("GET", "^/api/v4/user$", request => Authorized(request)
            ? Json(200, new JsonObject { ["id"] = FakeUsers.IdOf(BotUsername), ["username"] = BotUsername, ["name"] = "Sales Ops AR bot" })
            : Refusal());
    }

    public string Url => _server.Url!;

    /// <summary>Where echo webhooks go (the worker's receiver), and with which secret.</summary>
    public Uri? WebhookUrl { get; set; }

    public string WebhookSecret { get; set; } = "";

    /// <summary>GitLab 17+ suppresses echoes of calls that send back the UUID of the event that caused them; older GitLab does not.</summary>
    public bool SuppressEchoWithEventUuid { get; set; } = true;

    /// <summary>When set, every API call is answered with this status (401: token revoked; 403: the bot lost its access).</summary>
    public int? RefuseEveryCall { get; set; }

    /// <summary>The bot's role on the project: a Reporter (the documented least privilege) gets 403 on hooks.</summary>
    public string BotRole { get; set; } = "Reporter";

    /// <summary>GitLab's own notes limit per user and minute (self-managed default 300, GitLab.com 60); 0: none.</summary>
    public int NotesPerMinute { get; set; } = 300;

    /// <summary>Notes answered 429 for the notes limit.</summary>
    public int NotesThrottled => Volatile.Read(ref _notesThrottled);

    /// <summary>The <c>X-Gitlab-Event-UUID</c> of every delivery sent so far.</summary>
    public IReadOnlyCollection<string> DeliveredEventUuids => [.. _deliveredUuids.Keys];

    public int EchoesSent => Volatile.Read(ref _echoesSent);

    private readonly SlidingWindow _window = new();
    private int _throttled;

    /// <summary>When above 0, calls about issues beyond this many in a sliding <see cref="RateLimitWindow"/> get 429.</summary>
    public int RateLimitPerMinute { get; set; }

    /// <summary>GitLab's window is a minute; a test may enforce the same rate over a shorter one, so that even pacing is checked within seconds.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many calls were answered 429 for the rate limit.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>Added to every answer about an issue: GitLab's own response time.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The project webhook's <c>alert_status</c>: executable, temporarily_disabled or disabled.</summary>
    public string HookAlertStatus { get; set; } = "executable";

    public DateTimeOffset? HookDisabledUntil { get; set; }

    /// <summary>GitLab's clock, for the timestamps of notes and label events (the tests' fake time).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public void SetStatus(string username, FakeStatus status) => _statuses[FakeUsers.IdOf(username)] = status;

    /// <summary>The user's status answers 404 (a blocked or deleted user).</summary>
    public void SetStatusMissing(string username) => _missingStatuses[FakeUsers.IdOf(username)] = 0;

    /// <summary>When set, every API call is answered with a redirect there (a proxy gone wrong, or a trap for the token).</summary>
    public Uri? RedirectTo { get; set; }

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

    /// <summary>A person comments on the issue: GitLab saves the note and delivers the Note Hook.</summary>
    public Task<HttpResponseMessage> PersonCommentsAsync(FakeIssue issue, string person, string body)
    {
        AddNote(issue, person, body, Clock.GetUtcNow());
        return DeliverAsync(IssueHookPayload.Note(issue, person, body), "Confidential Note Hook");
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

    /// <summary>
    /// A person edits the issue in GitLab's UI. GitLab records what changed as it does: label events, and system notes
    /// by the person (<c>assigned to @x</c>, <c>unassigned @x</c>, <c>marked the checklist item **…** as completed</c>,
    /// <c>changed the description</c>, <c>closed</c>, <c>reopened</c>); then it delivers the Issue Hook with the
    /// <c>changes</c> it made.
    /// </summary>
    public Task<HttpResponseMessage> PersonEditsAsync(FakeIssue issue, string person, Action<FakeIssue> edit, string action = "update")
    {
        string payload;
        lock (issue.Gate)
        {
            var labels = issue.Labels.ToList();
            var assignees = issue.Assignees.ToList();
            var description = issue.Description;
            var state = issue.State;
            edit(issue);
            RecordLabelChanges(issue, person, labels);
            foreach (var note in SystemNotes(assignees, issue.Assignees, description, issue.Description, state, issue.State))
            {
                issue.Notes.Add(new FakeNote(Interlocked.Increment(ref _nextNoteId), person, note, true, Clock.GetUtcNow()));
            }

            if (issue.State == "closed" && state != "closed")
            {
                issue.ClosedAt = Clock.GetUtcNow();
            }

            issue.UpdatedAt = Clock.GetUtcNow();
            payload = IssueHookPayload.Issue(issue, person, action, labels, assignees, description);
        }

        return DeliverAsync(payload, "Confidential Issue Hook");
    }

    /// <summary>Whether a user of that name exists (<c>GET /users?username=</c> answers an empty list otherwise).</summary>
    public ConcurrentDictionary<string, byte> UnknownUsers { get; } = new(StringComparer.OrdinalIgnoreCase);

    // GitLab's system notes for an edit (app/services/system_notes/issuables_service.rb).
    private static IEnumerable<string> SystemNotes(
        List<string> assigneesBefore, List<string> assigneesAfter, string descriptionBefore, string descriptionAfter, string stateBefore, string stateAfter)
    {
        var added = assigneesAfter.Except(assigneesBefore, StringComparer.OrdinalIgnoreCase).Select(a => "@" + a).ToList();
        var removed = assigneesBefore.Except(assigneesAfter, StringComparer.OrdinalIgnoreCase).Select(a => "@" + a).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            yield return string.Join(" and ", new[]
            {
                added.Count > 0 ? "assigned to " + string.Join(", ", added) : null,
                removed.Count > 0 ? "unassigned " + string.Join(", ", removed) : null,
            }.OfType<string>());
        }

        if (descriptionBefore != descriptionAfter)
        {
            var before = descriptionBefore.Split('\n');
            var after = descriptionAfter.Split('\n');
            var toggled = before.Length == after.Length
                ? before.Zip(after).Where(p => p.First != p.Second).ToList()
                : null;
            if (toggled is { Count: > 0 } && toggled.All(p => p.First.Replace("[x]", "[ ]", StringComparison.OrdinalIgnoreCase) == p.Second.Replace("[x]", "[ ]", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var (_, line) in toggled)
                {
                    var text = line[(line.IndexOf(']', StringComparison.Ordinal) + 1)..].Trim();
                    yield return $"marked the checklist item **{text}** as {(line.Contains("[ ]", StringComparison.Ordinal) ? "incomplete" : "completed")}";
                }
            }
            else
            {
                yield return "changed the description";
            }
        }

        if (stateBefore != stateAfter)
        {
            yield return stateAfter == "closed" ? "closed" : "reopened";
        }
    }

    public Task<HttpResponseMessage> DeliverAsync(string payload, string eventHeader, string? idempotencyKey = null, string? eventUuid = null)
    {
        eventUuid ??= Guid.NewGuid().ToString();
        _deliveredUuids[eventUuid] = 0;
        var target = WebhookUrl ?? throw new InvalidOperationException("FakeGitLab.WebhookUrl is not set");
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Gitlab-Event", eventHeader);
        request.Headers.Add("X-Gitlab-Token", WebhookSecret);
        request.Headers.Add("X-Gitlab-Event-UUID", eventUuid);
        request.Headers.Add("X-Gitlab-Webhook-UUID", Guid.NewGuid().ToString());
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        request.Headers.Add("X-Gitlab-Instance", Url);
        return _webhooks.SendAsync(request);
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _webhooks.Dispose();
    }

    // A slow GitLab: wait (without holding a thread), then answer and change state as usual.
    private async Task<ResponseMessage> Delayed(IRequestMessage request, Func<FakeIssue, TimeSpan> delayOf, Func<IRequestMessage, ResponseMessage> handle)
    {
        var m = IssuePattern().Match(request.Path);
        var key = (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        var delay = Latency;
        if (_issues.TryGetValue(key, out var issue))
        {
            if (request.Method == "PUT")
            {
                issue.PutArrivedAt = System.Diagnostics.Stopwatch.GetTimestamp();
            }

            delay += delayOf(issue);
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay);
        }

        return handle(request);
    }

    private ResponseMessage GetIssue(IRequestMessage request) =>
        WithIssue(request, issue => Json(200, IssueJson(issue)));

    private ResponseMessage PutIssue(IRequestMessage request) => WithIssue(request, issue =>
    {
        var body = JsonNode.Parse(request.Body ?? "{}")!.AsObject();
        List<string> previous;
        lock (issue.Gate)
        {
            previous = [.. issue.Labels];
            foreach (var title in Split(body["remove_labels"]))
            {
                issue.Labels.RemoveAll(l => string.Equals(l, title, StringComparison.OrdinalIgnoreCase));
            }

            foreach (var title in Split(body["add_labels"]))
            {
                if (!issue.Labels.Contains(title, StringComparer.OrdinalIgnoreCase))
                {
                    issue.Labels.Add(title);
                }
            }

            RecordLabelChanges(issue, BotUsername, previous);
            if (body["due_date"]?.GetValue<string>() is { } due)
            {
                // GitLab takes YYYY-MM-DD (400 otherwise) and records the change as a system note.
                if (!DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return Json(400, new JsonObject { ["message"] = new JsonObject { ["due_date"] = new JsonArray("is invalid") } });
                }

                issue.DueDate = date;
                issue.Notes.Add(new FakeNote(Interlocked.Increment(ref _nextNoteId), BotUsername, $"changed due date to {date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}", true, Clock.GetUtcNow()));
            }
        }

        Echo(request, IssueHookPayload.Issue(issue, BotUsername, "update", previous));
        return Json(200, IssueJson(issue));
    });

    private ResponseMessage ListNotes(IRequestMessage request) => WithIssue(request, issue =>
    {
        return Paged(request, issue.NotesNow().Select(n => (JsonNode)NoteJson(n)).ToList());
    });

    private ResponseMessage PostNote(IRequestMessage request) => WithIssue(request, issue =>
    {
        if (issue.FailNextNote.TryDequeue(out var status))
        {
            return Json(status, new JsonObject { ["message"] = $"{status} injected fault" });
        }

        if (NotesPerMinute > 0 && _notesWindow.TryTake(Clock.GetUtcNow(), NotesPerMinute, TimeSpan.FromMinutes(1)) is { } notesReset)
        {
            Interlocked.Increment(ref _notesThrottled);
            return TooManyRequests(notesReset, NotesPerMinute);
        }

        var body = JsonNode.Parse(request.Body ?? "{}")?["body"]?.GetValue<string>() ?? "";
        if (IsOnlyQuickActions(body))
        {
            return Json(202, new JsonObject { ["commands_changes"] = new JsonObject(), ["summary"] = new JsonArray() }); // runs them, saves no note
        }

        var note = new FakeNote(Interlocked.Increment(ref _nextNoteId), BotUsername, body, false, Clock.GetUtcNow());
        lock (issue.Gate)
        {
            issue.Notes.Add(note);
            issue.UpdatedAt = note.CreatedAt;
        }

        Echo(request, IssueHookPayload.Note(issue, BotUsername, body), "Confidential Note Hook");
        lock (issue.Gate)
        {
            if (issue.NotePostsThatSaveThenFail > 0)
            {
                issue.NotePostsThatSaveThenFail--;
                return Json(502, new JsonObject { ["message"] = "502 Bad Gateway" });
            }
        }

        return Json(201, NoteJson(note));
    });

    private ResponseMessage EditNote(IRequestMessage request) => WithIssue(request, issue =>
    {
        var noteId = long.Parse(request.Path[(request.Path.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var body = JsonNode.Parse(request.Body ?? "{}")?["body"]?.GetValue<string>() ?? "";
        lock (issue.Gate)
        {
            var index = issue.Notes.FindIndex(n => n.Id == noteId);
            if (index < 0)
            {
                return Json(404, new JsonObject { ["message"] = "404 Note Not Found" });
            }

            if (issue.Notes[index].Author != BotUsername)
            {
                return Json(403, new JsonObject { ["message"] = "403 Forbidden" });
            }

            issue.Notes[index] = issue.Notes[index] with { Body = body };
            issue.UpdatedAt = Clock.GetUtcNow();
            return Json(200, NoteJson(issue.Notes[index]));
        }
    });

    private ResponseMessage ListLabelEvents(IRequestMessage request) => WithIssue(request, issue =>
    {
        List<FakeLabelEvent> events;
        lock (issue.Gate)
        {
            events = [.. issue.LabelEvents];
        }

        return Paged(request, events.Select(e => (JsonNode)new JsonObject
        {
            ["id"] = e.Id,
            ["user"] = new JsonObject { ["id"] = FakeUsers.IdOf(e.User), ["username"] = e.User, ["name"] = e.User },
            ["created_at"] = e.At?.ToString("O"),
            ["resource_type"] = "Issue",
            ["resource_id"] = issue.ProjectId * 100_000 + issue.Iid,
            ["label"] = _deletedLabels.ContainsKey(e.Label) ? null : new JsonObject { ["id"] = 500, ["name"] = e.Label, ["color"] = "#428BCA", ["description"] = null },
            ["action"] = e.Action,
        }).ToList());
    });

    private ResponseMessage ListIssues(IRequestMessage request)
    {
        if (!Authorized(request))
        {
            return Refusal();
        }

        var projectId = long.Parse(ProjectPattern().Match(request.Path).Groups[1].Value, CultureInfo.InvariantCulture);
        var state = request.Query?.TryGetValue("state", out var s) == true ? s[0] : "all";
        DateTimeOffset? updatedAfter = request.Query?.TryGetValue("updated_after", out var ua) == true
            ? DateTimeOffset.Parse(ua[0], CultureInfo.InvariantCulture) : null;
        // labels: every one of them (comma-separated); search: every word in the title or the description (in=title,description).
        var labels = request.Query?.TryGetValue("labels", out var l) == true ? l[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        var words = request.Query?.TryGetValue("search", out var q) == true ? q[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (words.Length > 0)
        {
            Interlocked.Increment(ref _searches);
        }

        var matching = _issues.Values
            .Where(i => i.ProjectId == projectId && (state == "all" || i.State == state) && (updatedAfter is null || i.UpdatedAt >= updatedAfter))
            .Where(i => labels.All(label => i.LabelsNow().Contains(label, StringComparer.OrdinalIgnoreCase)))
            .Where(i => words.All(w => i.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || i.Description.Contains(w, StringComparison.OrdinalIgnoreCase)));
        var descending = request.Query?.TryGetValue("sort", out var sort) == true && sort[0] == "desc";
        var byUpdated = request.Query?.TryGetValue("order_by", out var order) == true && order[0] == "updated_at";
        var ordered = byUpdated
            ? (descending ? matching.OrderByDescending(i => i.UpdatedAt) : matching.OrderBy(i => i.UpdatedAt))
            : (descending ? matching.OrderByDescending(i => i.CreatedAt) : matching.OrderBy(i => i.CreatedAt));
        return Paged(request, [.. ordered.ThenBy(i => i.Iid).Select(i => (JsonNode)IssueJson(i))]);
    }

    // GET /users?username=: a list of at most one user, empty for a name nobody has.
    private ResponseMessage FindUser(IRequestMessage request)
    {
        var username = request.Query?.TryGetValue("username", out var u) == true ? u[0] : null;
        if (username is null || UnknownUsers.ContainsKey(username))
        {
            return Json(200, new JsonArray());
        }

        return Json(200, new JsonArray(new JsonObject
        {
            ["id"] = FakeUsers.IdOf(username),
            ["username"] = username,
            ["name"] = FakeUsers.DisplayName(username),
            ["state"] = "active",
            ["avatar_url"] = "https://gitlab.example.com/uploads/avatar.png",
            ["web_url"] = $"https://gitlab.example.com/{username}",
        }));
    }

    private ResponseMessage GetStatus(IRequestMessage request)
    {
        var userId = long.Parse(request.Path.Split('/')[^2], CultureInfo.InvariantCulture);
        if (_missingStatuses.ContainsKey(userId))
        {
            return Json(404, new JsonObject { ["message"] = "404 User Not Found" });
        }

        var status = _statuses.GetValueOrDefault(userId) ?? new FakeStatus();
        return Json(200, new JsonObject
        {
            ["emoji"] = status.Emoji,
            ["message"] = status.Message,
            ["message_html"] = status.Message,
            ["availability"] = status.Availability,
            ["clear_status_at"] = status.ClearStatusAt?.ToString("O"),
        });
    }

    private static ResponseMessage Paged(IRequestMessage request, List<JsonNode> all)
    {
        var page = int.Parse(request.Query?.TryGetValue("page", out var p) == true ? p[0] : "1", CultureInfo.InvariantCulture);
        var perPage = Math.Min(100, int.Parse(request.Query?.TryGetValue("per_page", out var pp) == true ? pp[0] : "20", CultureInfo.InvariantCulture));
        var next = page * perPage < all.Count ? (page + 1).ToString(CultureInfo.InvariantCulture) : "";
        return Json(200, new JsonArray([.. all.Skip((page - 1) * perPage).Take(perPage).Select(n => n.DeepClone())]), ("x-next-page", next), ("x-page", page.ToString(CultureInfo.InvariantCulture)));
    }

    private void RecordLabelChanges(FakeIssue issue, string user, List<string> previous)
    {
        var at = Clock.GetUtcNow();
        foreach (var added in issue.Labels.Except(previous))
        {
            issue.LabelEvents.Add(new FakeLabelEvent(Interlocked.Increment(ref _nextEventId), user, added, "add", at));
        }

        foreach (var removed in previous.Except(issue.Labels))
        {
            issue.LabelEvents.Add(new FakeLabelEvent(Interlocked.Increment(ref _nextEventId), user, removed, "remove", at));
        }

        issue.UpdatedAt = at;
    }

    private void Echo(IRequestMessage cause, string payload, string eventHeader = "Confidential Issue Hook")
    {
        var uuid = cause.Headers is { } headers && headers.TryGetValue("X-Gitlab-Event-UUID", out var values) ? values.FirstOrDefault() : null;
        var suppressed = SuppressEchoWithEventUuid && uuid is not null && _deliveredUuids.ContainsKey(uuid);
        if (suppressed || WebhookUrl is null)
        {
            return;
        }

        Interlocked.Increment(ref _echoesSent);
        _ = Task.Run(async () =>
        {
            using var response = await DeliverAsync(payload, eventHeader);
        });
    }

    // GitLab.com's authenticated limit over a sliding window: 429 with Retry-After and RateLimit-* once spent.
    private ResponseMessage? Throttle()
    {
        if (RateLimitPerMinute <= 0 || _window.TryTake(Clock.GetUtcNow(), RateLimitPerMinute, RateLimitWindow) is not { } reset)
        {
            return null;
        }

        Interlocked.Increment(ref _throttled);
        return TooManyRequests(reset, RateLimitPerMinute);
    }

    private ResponseMessage TooManyRequests(DateTimeOffset reset, int limit)
    {
        var wait = Math.Max(1, (int)Math.Ceiling((reset - Clock.GetUtcNow()).TotalSeconds));
        return Json(429, new JsonObject { ["message"] = "Retry later" },
            ("Retry-After", wait.ToString(CultureInfo.InvariantCulture)),
            ("RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture)),
            ("RateLimit-Remaining", "0"),
            ("RateLimit-Reset", reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
    }

    // GitLab runs a note made only of quick actions and saves nothing.
    private static bool IsOnlyQuickActions(string body)
    {
        var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count > 0 && lines.All(l => l.StartsWith('/'));
    }

    private bool Authorized(IRequestMessage request) =>
        RefuseEveryCall is null && request.Headers?.TryGetValue("PRIVATE-TOKEN", out var token) == true && token![0] == Token;

    private ResponseMessage Refusal() => RefuseEveryCall == 403
        ? Json(403, new JsonObject { ["message"] = "403 Forbidden" })
        : Json(401, new JsonObject { ["message"] = "401 Unauthorized" });

    private ResponseMessage WithIssue(IRequestMessage request, Func<FakeIssue, ResponseMessage> handle)
    {
        if (!Authorized(request))
        {
            return Refusal();
        }

        if (Throttle() is { } throttled)
        {
            return throttled;
        }

        var m = IssuePattern().Match(request.Path);
        var key = (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        if (!_issues.TryGetValue(key, out var issue))
        {
            return Json(404, new JsonObject { ["message"] = "404 Issue Not Found" });
        }

        var issueMatch = IssuePattern().Match(request.Path);
        var suffix = request.Path[(issueMatch.Index + issueMatch.Length)..];
        if (issue.FailOn.TryGetValue($"{request.Method} {suffix}".TrimEnd(), out var failure))
        {
            return Json(failure, new JsonObject { ["message"] = $"{failure} injected fault" });
        }

        if (issue.FailWith is { } status || issue.FailNext.TryDequeue(out status))
        {
            return status == 429
                ? TooManyRequests(Clock.GetUtcNow().AddSeconds(issue.RetryAfterSeconds), 2000)
                : Json(status, new JsonObject { ["message"] = $"{status} injected fault" });
        }

        return handle(issue);
    }

    private static JsonObject IssueJson(FakeIssue issue)
    {
        lock (issue.Gate)
        {
            return new JsonObject
            {
                ["id"] = issue.ProjectId * 100_000 + issue.Iid,
                ["iid"] = issue.Iid,
                ["project_id"] = issue.ProjectId,
                ["title"] = issue.Title,
                ["description"] = issue.Description,
                ["state"] = issue.State,
                ["labels"] = new JsonArray([.. issue.Labels.Select(l => (JsonNode)l)]),
                ["assignees"] = new JsonArray([.. issue.Assignees.Select(a => (JsonNode)new JsonObject { ["id"] = FakeUsers.IdOf(a), ["username"] = a, ["name"] = FakeUsers.DisplayName(a) })]),
                ["author"] = new JsonObject { ["id"] = FakeUsers.IdOf(issue.Author), ["username"] = issue.Author, ["name"] = FakeUsers.DisplayName(issue.Author) },
                ["user_notes_count"] = issue.Notes.Count(n => !n.System),
                ["created_at"] = issue.CreatedAt.ToString("O"),
                ["updated_at"] = issue.UpdatedAt.ToString("O"),
                ["closed_at"] = issue.ClosedAt?.ToString("O"),
                ["web_url"] = $"https://gitlab.example.com/ar/-/issues/{issue.Iid}",
                ["due_date"] = issue.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["task_completion_status"] = new JsonObject { ["count"] = 0, ["completed_count"] = 0 },
            };
        }
    }

    // POST /labels: name and color required (#RRGGBB or a CSS name); a name taken is 409, as GitLab answers.
    private ResponseMessage CreateLabel(IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body ?? "{}")!.AsObject();
        var name = body["name"]?.GetValue<string>();
        var color = body["color"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(color))
        {
            return Json(400, new JsonObject { ["message"] = "name, color are missing" });
        }

        if (!IsColor(color))
        {
            return Json(400, new JsonObject { ["message"] = new JsonObject { ["color"] = new JsonArray("must be a valid color code") } });
        }

        var label = new FakeLabel(Interlocked.Increment(ref _nextLabelId), name, color, body["description"]?.GetValue<string>());
        return _labels.TryAdd(name, label) ? Json(201, LabelJson(label)) : Json(409, new JsonObject { ["message"] = "Label already exists" });
    }

    private ResponseMessage UpdateLabel(IRequestMessage request)
    {
        var id = long.Parse(request.Path.Split('/')[^1], CultureInfo.InvariantCulture);
        var body = JsonNode.Parse(request.Body ?? "{}")!.AsObject();
        if (_labels.Values.FirstOrDefault(l => l.Id == id) is not { } label)
        {
            return Json(404, new JsonObject { ["message"] = "404 Label Not Found" });
        }

        var color = body["color"]?.GetValue<string>() ?? label.Color;
        if (!IsColor(color))
        {
            return Json(400, new JsonObject { ["message"] = new JsonObject { ["color"] = new JsonArray("must be a valid color code") } });
        }

        var updated = label with { Color = color, Description = body["description"]?.GetValue<string>() ?? label.Description };
        _labels[label.Name] = updated;
        return Json(200, LabelJson(updated));
    }

    private ResponseMessage CreateBoard(IRequestMessage request)
    {
        var name = JsonNode.Parse(request.Body ?? "{}")?["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            return Json(400, new JsonObject { ["message"] = "name is missing" });
        }

        var board = new FakeBoard(Interlocked.Increment(ref _nextLabelId), name);
        _boards[board.Id] = board;
        return Json(201, BoardJson(board));
    }

    // POST /boards/:id/lists with label_id: the list goes after the others; a label that is not the project's is 404.
    private ResponseMessage CreateBoardList(IRequestMessage request)
    {
        var boardId = long.Parse(request.Path.Split('/')[^2], CultureInfo.InvariantCulture);
        var labelId = JsonNode.Parse(request.Body ?? "{}")?["label_id"]?.GetValue<long>();
        if (!_boards.TryGetValue(boardId, out var board))
        {
            return Json(404, new JsonObject { ["message"] = "404 Board Not Found" });
        }

        if (_labels.Values.FirstOrDefault(l => l.Id == labelId) is not { } label)
        {
            return Json(404, new JsonObject { ["message"] = "404 Label Not Found" });
        }

        lock (board.Lists)
        {
            if (board.Lists.Any(l => l.Label.Id == label.Id))
            {
                return Json(400, new JsonObject { ["message"] = new JsonObject { ["label"] = new JsonArray("is already taken") } });
            }

            var list = new FakeBoardList(Interlocked.Increment(ref _nextLabelId), label, board.Lists.Count);
            board.Lists.Add(list);
            return Json(201, BoardListJson(list));
        }
    }

    private static bool IsColor(string color) =>
        (color.Length == 7 && color[0] == '#' && color[1..].All(char.IsAsciiHexDigit)) || color.All(char.IsAsciiLetterLower);

    private static JsonNode LabelJson(FakeLabel label) => new JsonObject
    {
        ["id"] = label.Id,
        ["name"] = label.Name,
        ["color"] = label.Color,
        ["text_color"] = "#FFFFFF",
        ["description"] = label.Description,
        ["open_issues_count"] = 0,
        ["priority"] = null,
        ["is_project_label"] = true,
    };

    private JsonNode BoardJson(FakeBoard board)
    {
        lock (board.Lists)
        {
            return new JsonObject
            {
                ["id"] = board.Id,
                ["name"] = board.Name,
                ["hide_backlog_list"] = false,
                ["hide_closed_list"] = false,
                ["lists"] = new JsonArray([.. board.Lists.Select(l => (JsonNode)BoardListJson(l))]),
            };
        }
    }

    private static JsonObject BoardListJson(FakeBoardList list) => new()
    {
        ["id"] = list.Id,
        ["label"] = new JsonObject { ["id"] = list.Label.Id, ["name"] = list.Label.Name, ["color"] = list.Label.Color, ["description"] = list.Label.Description },
        ["position"] = list.Position,
    };

    private static JsonObject NoteJson(FakeNote note) => new()
    {
        ["id"] = note.Id,
        ["body"] = note.Body,
        ["author"] = new JsonObject { ["id"] = FakeUsers.IdOf(note.Author), ["username"] = note.Author, ["name"] = note.Author },
        ["system"] = note.System,
        ["created_at"] = note.CreatedAt.ToString("O"),
    };

    private static IEnumerable<string> Split(JsonNode? csv) =>
        (csv?.GetValue<string>() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static ResponseMessage Json(int status, JsonNode body, params (string Name, string Value)[] headers)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        };
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = new WireMockList<string>(value);
        }

        return response;
    }

    private void RouteAsync(string method, string pathRegex, Func<IRequestMessage, Task<ResponseMessage>> handler) =>
        _server.Given(Request.Create().WithPath(new RegexMatcher(pathRegex)).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(async request => (IResponseMessage)(Redirect(request) ?? await handler(request))));

    private void Route(string method, string pathRegex, Func<IRequestMessage, ResponseMessage> handler) =>
        _server.Given(Request.Create().WithPath(new RegexMatcher(pathRegex)).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(request => Redirect(request) ?? handler(request)));

    private ResponseMessage? Redirect(IRequestMessage request) => RedirectTo is not { } target ? null
        : Json(302, new JsonObject { ["message"] = "moved" }, ("Location", new Uri(target, request.Path).ToString()));

    private static string IssuePath(string suffix = "") => @"^/api/v4/projects/\d+/issues/\d+" + Regex.Escape(suffix) + "$";

    [GeneratedRegex(@"/projects/(\d+)/issues")]
    private static partial Regex ProjectPattern();

    [GeneratedRegex(@"/projects/(\d+)/issues/(\d+)")]
    private static partial Regex IssuePattern();
}
