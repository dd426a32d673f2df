using System.Net;
using SalesOpsAr.GitLab.Api;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>The one resilience pipeline: what is retried, how long it waits, and what never is.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task ServerErrors_AreRetriedWithGrowingJitteredDelays()
    {
        // Polly's decorrelated jitter (Delay 500 ms) telescopes: the time waited before retry n is 500 ms / 1.4 ×
        // f(n - 1 + a random fraction), f(t) = 2^t × tanh(√(4t)). So whatever the draws, each retry falls in its own
        // band, each about twice the one before: a constant or merely jittered delay cannot fit them.
        TimeSpan[] bandStarts = [TimeSpan.Zero, Ms(688.6), Ms(1418.6), Ms(2851.5), Ms(5710.3)];
        var step = TimeSpan.FromMilliseconds(20);
        var waited = new List<TimeSpan[]>();
        for (var run = 0; run < 8; run++)
        {
            var (client, gitLab, clock, services) = GitLabClients.Create(o => o.MaxRetries = 4);
            await using var _ = services;
            gitLab.Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.InternalServerError)
                .Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.OK, """{"id": 1, "iid": 7, "title": "AR"}""");

            var issue = await GitLabClients.RunAsync(clock, () => client.GetIssueAsync(42, 7, CancellationToken.None), step);

            Assert.Equal(7, issue!.Iid);
            var at = gitLab.Requests.Select(r => r.At).ToList();
            Assert.Equal(5, at.Count);
            waited.Add([.. at.Skip(1).Select(a => a - at[0])]);
        }

        var slack = 2 * step; // the fake clock moves in steps
        Assert.All(waited, w =>
        {
            for (var retry = 1; retry <= 4; retry++)
            {
                Assert.InRange(w[retry - 1], bandStarts[retry - 1] - slack, bandStarts[retry] + slack);
            }
        });
        Assert.True(waited.Select(w => w[0]).Distinct().Count() > 1, "no jitter: every first wait is " + waited[0][0]);
    }

    private static TimeSpan Ms(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public async Task Throttled_WaitsWhatRetryAfterSays()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.MaxRetries = 2);
        await using var _ = services;
        gitLab.Then(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "7")).Then(HttpStatusCode.OK, """{"id": 1, "iid": 7}""");

        await GitLabClients.RunAsync(clock, () => client.GetIssueAsync(42, 7, CancellationToken.None));

        var wait = gitLab.Requests[1].At - gitLab.Requests[0].At;
        Assert.InRange(wait, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7.5));
    }

    [Fact]
    public async Task Throttled_ARetryAfterOfDays_WaitsAMinuteAtMost()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.MaxRetries = 1);
        await using var _ = services;
        gitLab.Then(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "999999")).Then(HttpStatusCode.OK, """{"id": 1, "iid": 7}""");

        await GitLabClients.RunAsync(clock, () => client.GetIssueAsync(42, 7, CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.InRange(gitLab.Requests[1].At - gitLab.Requests[0].At, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(62));
    }

    [Fact]
    public async Task NotePost_AServerErrorIsNotRetried_ItMayHaveBeenSaved()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.MaxRetries = 3);
        await using var _ = services;
        gitLab.Then(HttpStatusCode.BadGateway);

        var error = await Assert.ThrowsAsync<GitLabApiException>(() => GitLabClients.RunAsync(clock, () => client.CreateNoteAsync(42, 7, "hello", CancellationToken.None)));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Single(gitLab.Requests);
    }

    [Fact]
    public async Task NotePost_ThrottledIsRetried_GitLabDidNothing()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.MaxRetries = 3);
        await using var _ = services;
        gitLab.Then(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "1")).Then(HttpStatusCode.Created, """{"id": 5, "body": "hello"}""");

        var note = await GitLabClients.RunAsync(clock, () => client.CreateNoteAsync(42, 7, "hello", CancellationToken.None));

        Assert.Equal(5, note.Id);
        Assert.Equal(2, gitLab.Requests.Count);
    }

    [Fact]
    public async Task MaxRetriesZero_OneAttemptOnly()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create(o => o.MaxRetries = 0);
        await using var _ = services;
        gitLab.Then(HttpStatusCode.ServiceUnavailable);

        await Assert.ThrowsAsync<GitLabApiException>(() => GitLabClients.RunAsync(clock, () => client.GetIssueAsync(42, 7, CancellationToken.None)));

        Assert.Single(gitLab.Requests);
    }
}
