using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using WireMock.Server;

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

    private readonly WireMockServer _server = LoopbackWireMock.Start();
    private readonly ConcurrentDictionary<(long, long), FakeIssue> _issues = new();
    private readonly HttpClient _webhooks = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentDictionary<long, FakeStatus> _statuses = new();
    private long _nextNoteId = 1;
    private long _nextEventId = 1;
    private int _echoesSent;
    private int _echoesInFlight;
    private int _searches;
    private long _nextLabelId = 1000;
    private readonly ConcurrentDictionary<string, FakeLabel> _labels = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<long, FakeBoard> _boards = new();
    private readonly ConcurrentDictionary<long, FakeLabel> _groupLabels = new();
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
        Route("GET", @"^/api/v4/projects/\d+/labels$", request => Authorized(request) ? Paged(request, [.. GroupLabelsNow().Concat(LabelsNow()).Select(LabelJson)]) : Refusal());
        Route("POST", @"^/api/v4/projects/\d+/labels$", request => Change(request, CreateLabel));
        Route("PUT", @"^/api/v4/projects/\d+/labels/\d+$", request => Change(request, UpdateLabel));
        Route("DELETE", @"^/api/v4/projects/\d+/labels/\d+$", request => Change(request, DeleteLabel));
        Route("GET", @"^/api/v4/projects/\d+/boards$", request => Authorized(request) ? Paged(request, [.. BoardsNow().Select(BoardJson)]) : Refusal());
        Route("POST", @"^/api/v4/projects/\d+/boards$", request => Change(request, CreateBoard));
        Route("POST", @"^/api/v4/projects/\d+/boards/\d+/lists$", request => Change(request, CreateBoardList));
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

    /// <summary>The bot's role on the project: a Reporter (the documented least privilege) gets 403 on hooks; a Guest also on
    /// changing labels and boards (GitLab's admin_label and admin_issue_board need Reporter).</summary>
    public string BotRole { get; set; } = "Reporter";

    /// <summary>Statuses the next label or board changes answer (a 500 while GitLab has trouble), one each, in order.</summary>
    public ConcurrentQueue<int> FailNextChange { get; } = new();

    /// <summary>GitLab's own notes limit per user and minute (self-managed default 300, GitLab.com 60); 0: none.</summary>
    public int NotesPerMinute { get; set; } = 300;

    /// <summary>Notes answered 429 for the notes limit.</summary>
    public int NotesThrottled => Volatile.Read(ref _notesThrottled);

    /// <summary>The <c>X-Gitlab-Event-UUID</c> of every delivery sent so far.</summary>
    public IReadOnlyCollection<string> DeliveredEventUuids => [.. _deliveredUuids.Keys];

    public int EchoesSent => Volatile.Read(ref _echoesSent);

    /// <summary>Echo webhooks on their way to the worker (sent, not answered yet): a signal that work may still arrive.</summary>
    public int EchoesInFlight => Volatile.Read(ref _echoesInFlight);

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

    /// <summary>When set, every API call is answered with a redirect there (a proxy gone wrong, or a trap for the token).</summary>
    public Uri? RedirectTo { get; set; }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _webhooks.Dispose();
    }
}
