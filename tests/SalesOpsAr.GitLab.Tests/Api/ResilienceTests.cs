using System.Net;
using SalesOpsAr.GitLab.Api;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>The one resilience pipeline: what is retried, how long it waits, and what never is.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task ServerErrors_AreRetriedWithGrowingJitteredDelays()
    {
        var runs = new List<TimeSpan[]>();
        for (var run = 0; run < 12; run++)
        {
            var (client, gitLab, clock, services) = GitLabClients.Create(o => o.MaxRetries = 3);
            await using var _ = services;
            gitLab.Then(HttpStatusCode.BadGateway).Then(HttpStatusCode.ServiceUnavailable).Then(HttpStatusCode.InternalServerError)
                .Then(HttpStatusCode.OK, """{"id": 1, "iid": 7, "title": "AR"}""");

            var issue = await GitLabClients.RunAsync(clock, () => client.GetIssueAsync(42, 7, CancellationToken.None), TimeSpan.FromMilliseconds(10));

            Assert.Equal(7, issue!.Iid);
            var at = gitLab.Requests.Select(r => r.At).ToList();
            Assert.Equal(4, at.Count);
            runs.Add([at[1] - at[0], at[2] - at[1], at[3] - at[2]]);
        }

        // Backoff: the typical third wait is well longer than the typical first (medians: decorrelated jitter has a
        // long tail, and six runs' means once came out 1.4×). Jitter: no two runs wait alike.
        Assert.True(Median(runs.Select(r => r[2].TotalMilliseconds)) > Median(runs.Select(r => r[0].TotalMilliseconds)) * 1.5,
            "no backoff: " + string.Join(" | ", runs.Select(r => string.Join(", ", r.Select(d => d.TotalMilliseconds)))));
        Assert.True(runs.Select(r => r[0]).Distinct().Count() > 1, "no jitter: every first wait is " + runs[0][0]);
        Assert.All(runs.SelectMany(r => r), d => Assert.True(d > TimeSpan.Zero));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

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
