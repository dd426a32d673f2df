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

    public async Task<IReadOnlyList<GitLabNote>> ListNotesAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        var notes = new List<GitLabNote>();
        for (var page = "1"; !string.IsNullOrEmpty(page);)
        {
            using var response = await http.GetAsync(
                $"{IssuePath(projectId, iid)}/notes?sort=asc&order_by=created_at&per_page={PageSize}&page={page}", cancellationToken);
            notes.AddRange(await ReadAsync<List<GitLabNote>>(response, "GET notes", cancellationToken));
            page = NextPage(response);
        }

        return notes;
    }

    public async Task<GitLabUser> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("api/v4/user", cancellationToken);
        return await ReadAsync<GitLabUser>(response, "GET user", cancellationToken);
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
