using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Telemetry;

/// <summary>Liveness is the process; readiness is "can accept and queue" (the broker); GitLab's health is reported apart, never as readiness.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task Ready_AllWell_Is200_AndGitLabIsReportedApart()
    {
        await using var host = WorkerHost.Wired(_gitLab);

        var (status, body) = await ReadyAsync(host);
        var (gitLabStatus, gitLabBody) = await GitLabHealthAsync(host, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("masstransit", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("gitlab", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, gitLabStatus);
        Assert.Contains("GitLab accepts the token of salesops-ar-bot", gitLabBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, "GitLab refused the token (401): check GitLab__Token")]
    [InlineData(403, "GitLab refused the token (403): check GitLab__Token")]
    public async Task Ready_TokenRefused_StaysReady_WhileGitLabsHealthSaysSo(int refusal, string says)
    {
        _gitLab.RefuseEveryCall = refusal;
        await using var host = WorkerHost.Wired(_gitLab);

        var (status, _) = await ReadyAsync(host);
        var (gitLabStatus, gitLabBody) = await GitLabHealthAsync(host, HttpStatusCode.ServiceUnavailable);

        // Readiness is "can accept and queue": a receiver taken out of the load balancer would make GitLab's
        // deliveries fail, and GitLab would disable the hook. The events wait on the queue instead.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gitLabStatus);
        Assert.Contains(says, gitLabBody, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeGitLab.Token, gitLabBody, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Messages, m => m.Contains("GitLab is now TokenRefused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_GitLabUnreachable_StaysReady_WhileGitLabsHealthSaysSo()
    {
        await using var host = WorkerHost.Wired(_gitLab, s =>
        {
            s["GitLab:BaseUrl"] = "http://127.0.0.1:9";
            s["GitLab:MaxRetries"] = "0";
        });

        var (status, _) = await ReadyAsync(host);
        var (gitLabStatus, gitLabBody) = await GitLabHealthAsync(host, HttpStatusCode.ServiceUnavailable);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gitLabStatus);
        Assert.Contains("GitLab gave no answer to GET user", gitLabBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_DryRunWithoutToken_DoesNotAskGitLab()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => s["GitLab:Token"] = "");

        var (status, _) = await ReadyAsync(host);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, _gitLab.TokenChecks);
        Assert.Empty(_gitLab.Calls());
    }

    private static async Task<(HttpStatusCode Status, string Body)> GitLabHealthAsync(WorkerHost host, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        // The watch checks GitLab at start, beside the request: wait until it has.
        return await Eventually.Until(
            () =>
            {
                using var response = http.GetAsync("/health/gitlab").GetAwaiter().GetResult();
                return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            },
            r => r.StatusCode == expected && !r.Item2.Contains("not checked", StringComparison.Ordinal),
            $"/health/gitlab to answer {(int)expected}");
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadyAsync(WorkerHost host)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        // The bus reports itself a moment after start; wait for it to settle one way or the other.
        return await Eventually.Until(
            () =>
            {
                using var response = http.GetAsync("/health/ready").GetAwaiter().GetResult();
                return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            },
            r => !r.Item2.Contains("\"Degraded\"", StringComparison.Ordinal) && !r.Item2.Contains("Starting", StringComparison.Ordinal) && (r.Item1 == HttpStatusCode.OK || r.Item2.Contains("gitlab\":{\"status\":\"Unhealthy", StringComparison.Ordinal)),
            "a settled readiness answer", seconds: 20);
    }
}
