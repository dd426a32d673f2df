using System.Net;
using System.Text;
using SalesOpsAr.GitLab.Api;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>
/// Whatever GitLab (or something in front of it) answers, a list ends and an answer is bounded: a next page forever, a
/// page again, an empty page that says there is more, a 200 MB issue.
/// </summary>
public sealed class BoundedAnswersTests
{
    private static string Notes(int from, int count) =>
        "[" + string.Join(",", Enumerable.Range(from, count).Select(i => $$"""{"id": {{i}}, "body": "n{{i}}", "system": false}""")) + "]";

    [Fact]
    public async Task ANextPageForever_EndsAtTheListsCap()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var _ = services;
        var page = 0;
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.OK, Notes(page * 100, 100), ("x-next-page", (++page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var notes = await client.ListNotesAsync(42, 7, CancellationToken.None);

        Assert.Equal(PageCap.Notes, gitLab.Requests.Count); // 1,958 pages in 60 s before, holding the AR's lock
        Assert.Equal(PageCap.Notes * 100, notes.Count);
    }

    [Fact]
    public async Task ThePageAgain_EndsTheList()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var _ = services;
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.OK, """[{"id": 1, "name": "x"}]""", ("x-next-page", "1"));

        var boards = await client.ListBoardsAsync(42, CancellationToken.None);

        Assert.Single(gitLab.Requests);
        Assert.Single(boards);
    }

    [Fact]
    public async Task AnEmptyPageThatSaysThereIsMore_EndsTheList()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var _ = services;
        gitLab.Then(HttpStatusCode.OK, Notes(0, 100), ("x-next-page", "2"))
            .Then(HttpStatusCode.OK, "[]", ("x-next-page", "3"));
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.OK, Notes(500, 100), ("x-next-page", "99"));

        var notes = await client.ListNotesAsync(42, 7, CancellationToken.None);

        Assert.Equal(2, gitLab.Requests.Count);
        Assert.Equal(100, notes.Count);
    }

    [Fact]
    public async Task AnAnswerOverTheCap_IsRefusedWithAClearError_NotHeld()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var _ = services;
        var huge = new StringBuilder("{\"id\": 1, \"iid\": 7, \"description\": \"").Append('x', (int)GitLabClient.MaxAnswerBytes + 1024).Append("\"}").ToString();
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.OK, huge);

        var error = await Assert.ThrowsAsync<GitLabApiException>(() => client.GetIssueAsync(42, 7, CancellationToken.None));

        Assert.Contains("GitLab's answer to GET issue is larger than 32 MB; not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIssueWithGitLabsLongestDescription_IsRead()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var _ = services;
        var longest = new string('\u00e9', 1_048_576); // 1 M characters, 2 MB in UTF-8
        gitLab.Otherwise = _ => StubGitLab.Json(HttpStatusCode.OK, $$"""{"id": 1, "iid": 7, "description": "{{longest}}"}""");

        var issue = await client.GetIssueAsync(42, 7, CancellationToken.None);

        Assert.Equal(1_048_576, issue!.Description!.Length);
    }
}
