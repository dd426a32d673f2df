using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace SalesOpsAr.GitLab.Api;

/// <summary>
/// Typed <see cref="HttpClient"/> for GitLab's <c>/api/v4</c>; auth and resilience come from its registration.
/// Every failure leaves as a <see cref="GitLabException"/>: callers never see HTTP or Polly types.
/// </summary>
public sealed partial class GitLabClient(HttpClient http, ILogger<GitLabClient> logger) : IGitLabClient
{
    private const int PageSize = 100;

    // The lists whose cut was said in the log already (a handful of endpoints: bounded).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> CutSaid = new();

    /// <summary>The most GitLab's answer to one call may hold (an issue with GitLab's longest description is a few MB).</summary>
    public const long MaxAnswerBytes = 32L * 1024 * 1024;

    public async Task<GitLabIssue?> GetIssueAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, IssuePath(projectId, iid), null, "GET issue", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return await ReadAsync<GitLabIssue>(response, "GET issue", cancellationToken);
    }

    public async Task<GitLabIssue> EditLabelsAsync(
        long projectId, long iid, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove, CancellationToken cancellationToken, DateOnly? dueDate = null)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        var body = new Dictionary<string, string>();
        if (add.Count > 0)
        {
            body["add_labels"] = string.Join(',', add);
        }

        if (remove.Count > 0)
        {
            body["remove_labels"] = string.Join(',', remove);
        }

        if (dueDate is { } due)
        {
            body["due_date"] = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        using var response = await SendAsync(HttpMethod.Put, IssuePath(projectId, iid), body, "PUT issue", cancellationToken);
        return await ReadAsync<GitLabIssue>(response, "PUT issue", cancellationToken);
    }

    public async Task<GitLabIssue> SetAssigneesAsync(long projectId, long iid, IReadOnlyCollection<long> assigneeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assigneeIds);
        using var response = await SendAsync(HttpMethod.Put, IssuePath(projectId, iid), new Dictionary<string, long[]> { ["assignee_ids"] = [.. assigneeIds] }, "PUT issue", cancellationToken);
        return await ReadAsync<GitLabIssue>(response, "PUT issue", cancellationToken);
    }

    public async Task<GitLabNote> CreateNoteAsync(long projectId, long iid, string body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            HttpMethod.Post, $"{IssuePath(projectId, iid)}/notes", new Dictionary<string, string> { ["body"] = body }, "POST note", cancellationToken);
        return await ReadAsync<GitLabNote>(response, "POST note", cancellationToken);
    }

    public Task<IReadOnlyList<GitLabNote>> ListNotesAsync(long projectId, long iid, CancellationToken cancellationToken) =>
        ListAsync<GitLabNote>($"{IssuePath(projectId, iid)}/notes?sort=asc&order_by=created_at", "GET notes", PageCap.Notes, cancellationToken);

    public Task<IReadOnlyList<GitLabIssue>> ListOpenIssuesAsync(long projectId, CancellationToken cancellationToken) =>
        ListAsync<GitLabIssue>(Path($"api/v4/projects/{projectId}/issues?state=opened&order_by=created_at&sort=asc"), "GET issues", PageCap.OpenIssues, cancellationToken);

    public Task<IReadOnlyList<GitLabIssue>> ListClosedIssuesAsync(long projectId, DateTimeOffset since, CancellationToken cancellationToken) =>
        ListAsync<GitLabIssue>(
            Path($"api/v4/projects/{projectId}/issues?state=closed&updated_after={Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))}&order_by=updated_at&sort=asc"),
            "GET closed issues", PageCap.ClosedIssues, cancellationToken);

    public Task<IReadOnlyList<GitLabLabelEvent>> ListLabelEventsAsync(long projectId, long iid, CancellationToken cancellationToken) =>
        ListAsync<GitLabLabelEvent>($"{IssuePath(projectId, iid)}/resource_label_events?", "GET label events", PageCap.LabelEvents, cancellationToken);

    public async Task<GitLabUserStatus> GetUserStatusAsync(long userId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, Path($"api/v4/users/{userId}/status"), null, "GET user status", cancellationToken);
        return await ReadAsync<GitLabUserStatus>(response, "GET user status", cancellationToken);
    }

    public async Task<GitLabUser?> FindUserAsync(string username, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "api/v4/users?username=" + Uri.EscapeDataString(username), null, "GET users", cancellationToken);
        return (await ReadAsync<List<GitLabUser>>(response, "GET users", cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<GitLabUser>> SearchUsersAsync(string search, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "api/v4/users?per_page=20&search=" + Uri.EscapeDataString(search), null, "GET users", cancellationToken);
        return [.. (await ReadAsync<List<GitLabUser>>(response, "GET users", cancellationToken)).Take(20)];
    }

    public async Task<GitLabNote> EditNoteAsync(long projectId, long iid, long noteId, string body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            HttpMethod.Put, Path($"{IssuePath(projectId, iid)}/notes/{noteId}"), new Dictionary<string, string> { ["body"] = body }, "PUT note", cancellationToken);
        return await ReadAsync<GitLabNote>(response, "PUT note", cancellationToken);
    }

    public async Task<GitLabHook> GetProjectHookAsync(long projectId, long hookId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, Path($"api/v4/projects/{projectId}/hooks/{hookId}"), null, "GET hook", cancellationToken);
        return await ReadAsync<GitLabHook>(response, "GET hook", cancellationToken);
    }

    public async Task<GitLabUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "api/v4/user", null, "GET user", cancellationToken);
        return await ReadAsync<GitLabUser>(response, "GET user", cancellationToken);
    }

    public async Task<IReadOnlyList<GitLabIssue>> SearchIssuesAsync(long projectId, string label, string search, int count, CancellationToken cancellationToken)
    {
        var path = Path($"api/v4/projects/{projectId}/issues?labels={Uri.EscapeDataString(label)}&search={Uri.EscapeDataString(search)}&in=title,description&state=all&order_by=updated_at&sort=desc&per_page={Math.Clamp(count, 1, PageSize)}");
        using var response = await SendAsync(HttpMethod.Get, path, null, "GET issues (search)", cancellationToken);
        return await ReadAsync<List<GitLabIssue>>(response, "GET issues (search)", cancellationToken);
    }

    public Task<IReadOnlyList<GitLabLabel>> ListLabelsAsync(long projectId, CancellationToken cancellationToken) =>
        ListAsync<GitLabLabel>(Path($"api/v4/projects/{projectId}/labels?include_ancestor_groups=true"), "GET labels", PageCap.Labels, cancellationToken);

    public async Task<GitLabLabel> CreateLabelAsync(long projectId, string name, string color, string description, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, Path($"api/v4/projects/{projectId}/labels"),
            new Dictionary<string, string> { ["name"] = name, ["color"] = color, ["description"] = description }, "POST label", cancellationToken);
        return await ReadAsync<GitLabLabel>(response, "POST label", cancellationToken);
    }

    public async Task<GitLabLabel> UpdateLabelAsync(long projectId, long labelId, string color, string description, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Put, Path($"api/v4/projects/{projectId}/labels/{labelId}"),
            new Dictionary<string, string> { ["color"] = color, ["description"] = description }, "PUT label", cancellationToken);
        return await ReadAsync<GitLabLabel>(response, "PUT label", cancellationToken);
    }

    public Task<IReadOnlyList<GitLabBoard>> ListBoardsAsync(long projectId, CancellationToken cancellationToken) =>
        ListAsync<GitLabBoard>(Path($"api/v4/projects/{projectId}/boards?"), "GET boards", PageCap.Boards, cancellationToken);

    public async Task<GitLabBoard> CreateBoardAsync(long projectId, string name, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, Path($"api/v4/projects/{projectId}/boards"), new Dictionary<string, string> { ["name"] = name }, "POST board", cancellationToken);
        return await ReadAsync<GitLabBoard>(response, "POST board", cancellationToken);
    }

    public async Task<GitLabBoardList> CreateBoardListAsync(long projectId, long boardId, long labelId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, Path($"api/v4/projects/{projectId}/boards/{boardId}/lists"), new Dictionary<string, long> { ["label_id"] = labelId }, "POST board list", cancellationToken);
        return await ReadAsync<GitLabBoardList>(response, "POST board list", cancellationToken);
    }

    // Follows x-next-page until it is empty (x-total is dropped past 10,000 results; x-next-page is not), but never
    // past the list's page cap, and never to a page that is not after the last one or after an empty page: a GitLab (or a
    // proxy) that always says there is more ends the list there, said once in the log, instead of reading forever.
    private async Task<IReadOnlyList<T>> ListAsync<T>(string path, string endpoint, int maxPages, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var separator = path.EndsWith('?') ? "" : "&";
        var number = 1;
        for (var pages = 1; ; pages++)
        {
            using var response = await SendAsync(HttpMethod.Get, Path($"{path}{separator}per_page={PageSize}&page={number}"), null, endpoint, cancellationToken);
            var page = await ReadAsync<List<T>>(response, endpoint, cancellationToken);
            items.AddRange(page);
            if (NextPage(response) is not { Length: > 0 } next)
            {
                return items;
            }

            var stop = !int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out var following) ? $"a next page '{Shorten(next)}' that is no page number"
                : following <= number ? $"page {following} again after page {number}"
                : page.Count == 0 ? $"more after an empty page {number}"
                : pages >= maxPages ? $"more than {maxPages} pages ({items.Count} items)"
                : null;
            if (stop is not null)
            {
                if (CutSaid.TryAdd(endpoint, 0))
                {
                    ListCut(logger, endpoint, stop, items.Count); // once per list and process: the next reads stop the same way
                }

                return items;
            }

            number = following;
        }
    }

    [LoggerMessage(EventId = 150, Level = LogLevel.Warning, Message = "GitLab's list {Endpoint} said {Stop}; read no further, kept the {Items} items read")]
    private static partial void ListCut(ILogger logger, string endpoint, string stop, int items);

    // The one place a request leaves: transport failures (and the resilience pipeline's own) become GitLabUnavailableException.
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string endpoint, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            // Buffered, so it goes out with Content-Length: proxies in front of self-managed GitLab may refuse chunked bodies.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, GitLabJson.Options))
            {
                Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            };
        }

        try
        {
            return await http.SendAsync(request, cancellationToken); // buffered up to MaxAnswerBytes (the client's registration)
        }
        catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested && IsOverTheBuffer(e))
        {
            throw new GitLabApiException($"GitLab's answer to {endpoint} is larger than {MaxAnswerBytes / (1024 * 1024)} MB; not read", e) { Endpoint = endpoint };
        }
        catch (Exception e) when (e is not GitLabException && !cancellationToken.IsCancellationRequested)
        {
            throw new GitLabUnavailableException($"GitLab gave no answer to {endpoint} ({e.GetType().Name}: {Shorten(e.Message)})", e) { Endpoint = endpoint };
        }
    }

    // HttpClient's own refusal to buffer past MaxResponseContentBufferSize.
    private static bool IsOverTheBuffer(HttpRequestException e) =>
        e.Message.Contains("buffer", StringComparison.OrdinalIgnoreCase) || e.InnerException?.Message.Contains("buffer", StringComparison.OrdinalIgnoreCase) == true;

    internal static string? NextPage(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-next-page", out var values) ? values.FirstOrDefault() : null;

    private static string IssuePath(long projectId, long iid) => Path($"api/v4/projects/{projectId}/issues/{iid}");

    private static string Path(FormattableString path) => path.ToString(CultureInfo.InvariantCulture);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string endpoint, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new GitLabApiException(response.StatusCode, endpoint, Shorten(detail));
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(GitLabJson.Options, cancellationToken)
                ?? throw new GitLabApiException($"GitLab answered {endpoint} with an empty body") { Endpoint = endpoint };
        }
        catch (JsonException e)
        {
            throw new GitLabApiException($"GitLab's answer to {endpoint} is not the JSON expected ({Shorten(e.Message)})", e) { Endpoint = endpoint };
        }
    }

    private static string Shorten(string text)
    {
        var oneLine = new StringBuilder(Math.Min(text.Length, 200));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 200)))
        {
            oneLine.Append(char.IsControl(c) ? ' ' : c);
        }

        return oneLine.ToString();
    }
}
