using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace SalesOpsAr.GitLab.Api;

/// <summary>Typed <see cref="HttpClient"/> for GitLab's <c>/api/v4</c>; auth and resilience come from its registration.</summary>
public sealed class GitLabClient(HttpClient http) : IGitLabClient
{
    private const int PageSize = 100;

    public async Task<GitLabIssue?> GetIssueAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(IssuePath(projectId, iid), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return await ReadAsync<GitLabIssue>(response, "GET issue", cancellationToken);
    }

    public async Task<GitLabIssue> EditLabelsAsync(
        long projectId, long iid, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove, CancellationToken cancellationToken)
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

        using var response = await http.PutAsJsonAsync(IssuePath(projectId, iid), body, GitLabJson.Options, cancellationToken);
        return await ReadAsync<GitLabIssue>(response, "PUT issue", cancellationToken);
    }

    public async Task<GitLabNote> CreateNoteAsync(long projectId, long iid, string body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            $"{IssuePath(projectId, iid)}/notes", new Dictionary<string, string> { ["body"] = body }, GitLabJson.Options, cancellationToken);
        return await ReadAsync<GitLabNote>(response, "POST note", cancellationToken);
    }

    public Task<IReadOnlyList<GitLabNote>> ListNotesAsync(long projectId, long iid, CancellationToken cancellationToken) =>
        ListAsync<GitLabNote>($"{IssuePath(projectId, iid)}/notes?sort=asc&order_by=created_at", "GET notes", cancellationToken);

    public Task<IReadOnlyList<GitLabIssue>> ListOpenIssuesAsync(long projectId, CancellationToken cancellationToken) =>
        ListAsync<GitLabIssue>(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"api/v4/projects/{projectId}/issues?state=opened&order_by=created_at&sort=asc"),
            "GET issues", cancellationToken);

    public Task<IReadOnlyList<GitLabLabelEvent>> ListLabelEventsAsync(long projectId, long iid, CancellationToken cancellationToken) =>
        ListAsync<GitLabLabelEvent>($"{IssuePath(projectId, iid)}/resource_label_events?", "GET label events", cancellationToken);

    public async Task<GitLabUserStatus> GetUserStatusAsync(long userId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"api/v4/users/{userId}/status"), cancellationToken);
        return await ReadAsync<GitLabUserStatus>(response, "GET user status", cancellationToken);
    }

    public async Task<GitLabNote> EditNoteAsync(long projectId, long iid, long noteId, string body, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{IssuePath(projectId, iid)}/notes/{noteId}"),
            new Dictionary<string, string> { ["body"] = body }, GitLabJson.Options, cancellationToken);
        return await ReadAsync<GitLabNote>(response, "PUT note", cancellationToken);
    }

    public async Task<GitLabHook> GetProjectHookAsync(long projectId, long hookId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"api/v4/projects/{projectId}/hooks/{hookId}"), cancellationToken);
        return await ReadAsync<GitLabHook>(response, "GET hook", cancellationToken);
    }

    public async Task<GitLabUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("api/v4/user", cancellationToken);
        return await ReadAsync<GitLabUser>(response, "GET user", cancellationToken);
    }

    // Follows x-next-page until it is empty (x-total is dropped past 10,000 results; x-next-page is not).
    private async Task<IReadOnlyList<T>> ListAsync<T>(string path, string endpoint, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var separator = path.EndsWith('?') ? "" : "&";
        for (var page = "1"; !string.IsNullOrEmpty(page);)
        {
            using var response = await http.GetAsync($"{path}{separator}per_page={PageSize}&page={page}", cancellationToken);
            items.AddRange(await ReadAsync<List<T>>(response, endpoint, cancellationToken));
            page = NextPage(response);
        }

        return items;
    }

    internal static string? NextPage(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-next-page", out var values) ? values.FirstOrDefault() : null;

    private static string IssuePath(long projectId, long iid) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"api/v4/projects/{projectId}/issues/{iid}");

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string endpoint, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new GitLabApiException(response.StatusCode, endpoint, Shorten(detail));
        }

        return await response.Content.ReadFromJsonAsync<T>(GitLabJson.Options, cancellationToken)
            ?? throw new GitLabApiException($"GitLab answered {endpoint} with an empty body");
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
