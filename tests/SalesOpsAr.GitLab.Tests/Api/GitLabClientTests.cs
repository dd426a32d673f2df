using System.Net;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>The typed client: GitLab's answers as records, every failure as a <see cref="GitLabException"/>.</summary>
public sealed class GitLabClientTests
{
    [Fact]
    public async Task GetIssue_Missing_IsNull()
    {
        var (client, gitLab, _, services) = GitLabClients.Create(o => o.MaxRetries = 0);
        await using var __ = services;
        gitLab.Then(HttpStatusCode.NotFound, """{"message": "404 Issue Not Found"}""");

        Assert.Null(await client.GetIssueAsync(42, 7, CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, true)]
    [InlineData(HttpStatusCode.Forbidden, true)]
    [InlineData(HttpStatusCode.UnprocessableEntity, false)]
    public async Task Refusal_IsAnApiExceptionThatSaysWhetherTheTokenIsTheCause(HttpStatusCode status, bool token)
    {
        var (client, gitLab, _, services) = GitLabClients.Create(o => o.MaxRetries = 0);
        await using var __ = services;
        gitLab.Then(status, """{"message": "no"}""");

        var error = await Assert.ThrowsAsync<GitLabApiException>(() => client.EditLabelsAsync(42, 7, ["a"], [], CancellationToken.None));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(token, error.IsAuthenticationFailure);
        Assert.Equal("PUT issue", error.Endpoint);
    }

    [Fact]
    public async Task NoAnswer_IsGitLabUnavailable()
    {
        var (client, gitLab, _, services) = GitLabClients.Create(o => o.MaxRetries = 0);
        await using var __ = services;
        gitLab.Then(_ => throw new HttpRequestException("Connection refused"));

        var error = await Assert.ThrowsAsync<GitLabUnavailableException>(() => client.GetCurrentUserAsync(CancellationToken.None));

        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
        Assert.Equal("GET user", error.Endpoint);
    }

    [Fact]
    public async Task NotJson_IsAnApiException()
    {
        var (client, gitLab, _, services) = GitLabClients.Create(o => o.MaxRetries = 0);
        await using var __ = services;
        gitLab.Then(HttpStatusCode.OK, "<html>proxy login</html>");

        var error = await Assert.ThrowsAsync<GitLabApiException>(() => client.GetCurrentUserAsync(CancellationToken.None));

        Assert.Equal("GET user", error.Endpoint);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task List_FollowsNextPageUntilItIsEmpty()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var __ = services;
        gitLab.Then(HttpStatusCode.OK, """[{"id": 1, "iid": 1}, {"id": 2, "iid": 2}]""", ("x-next-page", "2"))
            .Then(HttpStatusCode.OK, """[{"id": 3, "iid": 3}]""", ("x-next-page", ""));

        var issues = await client.ListOpenIssuesAsync(42, CancellationToken.None);

        Assert.Equal([1L, 2, 3], issues.Select(i => i.Iid));
        Assert.Equal(
            ["/api/v4/projects/42/issues?state=opened&order_by=created_at&sort=asc&per_page=100&page=1",
             "/api/v4/projects/42/issues?state=opened&order_by=created_at&sort=asc&per_page=100&page=2"],
            gitLab.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task EditLabels_SendsOnlyAddAndRemove_NeverTheWholeSet()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var __ = services;
        gitLab.Then(HttpStatusCode.OK, """{"id": 1, "iid": 7}""");

        await client.EditLabelsAsync(42, 7, ["SalesOpsAR::In Progress"], ["SalesOpsAR::Action Needed", "x"], CancellationToken.None);

        var request = Assert.Single(gitLab.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("""{"add_labels":"SalesOpsAR::In Progress","remove_labels":"SalesOpsAR::Action Needed,x"}""", request.Body);
    }

    [Fact]
    public async Task EveryCall_CarriesTheTokenAndTheCallersUserAgent()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var __ = services;

        await client.GetCurrentUserAsync(CancellationToken.None);

        var request = Assert.Single(gitLab.Requests).Request;
        Assert.Equal("glpat-test", request.Headers.GetValues("PRIVATE-TOKEN").Single());
        Assert.Equal("SalesOpsAr.Tests/1.0", request.Headers.UserAgent.ToString());
    }

    [Fact]
    public async Task WithinAnEvent_CallsSendItsUuidBack()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var __ = services;

        using (GitLabEventContext.Begin("0f4b7a44-9a2f-4a1e-9b55-6a8f1f0c2d11"))
        {
            await client.GetCurrentUserAsync(CancellationToken.None);
        }

        await client.GetCurrentUserAsync(CancellationToken.None);

        Assert.Equal("0f4b7a44-9a2f-4a1e-9b55-6a8f1f0c2d11", gitLab.Requests[0].Request.Headers.GetValues("X-Gitlab-Event-UUID").Single());
        Assert.False(gitLab.Requests[1].Request.Headers.Contains("X-Gitlab-Event-UUID"));
    }

    [Theory]
    [InlineData("/api/v4/projects/42/issues/7/notes", "/projects/:id/issues/:iid/notes")]
    [InlineData("/api/v4/users/1001/status", "/users/:id/status")]
    [InlineData("/api/v4/projects/42/issues", "/projects/:id/issues")]
    public void CallMeter_NamesEndpointsWithoutIds(string path, string template) =>
        Assert.Equal(template, CallMeterHandler.Template(path));
}
