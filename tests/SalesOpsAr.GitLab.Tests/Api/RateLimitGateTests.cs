using System.Net;

namespace SalesOpsAr.GitLab.Tests.Api;

/// <summary>When GitLab says no calls remain, the next call waits for <c>RateLimit-Reset</c> instead of collecting a 429.</summary>
public sealed class RateLimitGateTests
{
    [Fact]
    public async Task NoneRemaining_NextCallWaitsUntilTheReset()
    {
        var (client, gitLab, clock, services) = GitLabClients.Create();
        await using var _ = services;
        var reset = clock.GetUtcNow().AddSeconds(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        gitLab.Then(HttpStatusCode.OK, """{"id": 1, "iid": 7}""", ("RateLimit-Remaining", "0"), ("RateLimit-Reset", reset));

        await client.GetIssueAsync(42, 7, CancellationToken.None);
        var second = client.GetIssueAsync(42, 8, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(29));

        await GitLabClients.RunAsync(clock, () => second);
        Assert.Equal(2, gitLab.Requests.Count);
        // Sent when GitLab's reset came on the fake clock, never in the 29 s before it: an early release fails here.
        Assert.True(gitLab.Requests[1].At >= DateTimeOffset.FromUnixTimeSeconds(long.Parse(reset, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task SomeRemaining_NextCallGoesAtOnce()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var __ = services;
        gitLab.Then(HttpStatusCode.OK, """{"id": 1, "iid": 7}""", ("RateLimit-Remaining", "3"), ("RateLimit-Reset", "9999999999"));

        await client.GetIssueAsync(42, 7, CancellationToken.None);
        await client.GetIssueAsync(42, 8, CancellationToken.None);

        Assert.Equal(2, gitLab.Requests.Count);
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("9223372036854775807")]
    public async Task ResetFarAhead_WaitsAMinuteAtMost(string reset)
    {
        var (client, gitLab, clock, services) = GitLabClients.Create();
        await using var _ = services;
        gitLab.Then(HttpStatusCode.OK, """{"id": 1, "iid": 7}""", ("RateLimit-Remaining", "0"), ("RateLimit-Reset", reset));

        await client.GetIssueAsync(42, 7, CancellationToken.None);
        await GitLabClients.RunAsync(clock, () => client.GetIssueAsync(42, 8, CancellationToken.None), TimeSpan.FromSeconds(1));

        Assert.InRange(gitLab.Requests[1].At - gitLab.Requests[0].At, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(62));
    }

    [Fact]
    public async Task ResetInThePast_DoesNotWait()
    {
        var (client, gitLab, _, services) = GitLabClients.Create();
        await using var __ = services;
        gitLab.Then(HttpStatusCode.OK, """{"id": 1, "iid": 7}""", ("RateLimit-Remaining", "0"), ("RateLimit-Reset", "1000"));

        await client.GetIssueAsync(42, 7, CancellationToken.None);
        await client.GetIssueAsync(42, 8, CancellationToken.None);

        Assert.Equal(2, gitLab.Requests.Count);
    }
}
