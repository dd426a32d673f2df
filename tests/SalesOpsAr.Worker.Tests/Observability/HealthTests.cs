using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Observability;

/// <summary>Liveness is the process; readiness is the broker, GitLab with a valid token (unless dry-run) and a valid configuration.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task Ready_AllWell_Is200WithEveryCheckNamed()
    {
        await using var host = WorkerHost.Wired(_gitLab);

        var (status, body) = await ReadyAsync(host);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"gitlab\":{\"status\":\"Healthy\",\"description\":\"GitLab accepts the token of salesops-ar-bot\"}", body, StringComparison.Ordinal);
        Assert.Contains("masstransit", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ready_TokenRefused_Is503SayingSo_WhileLiveStays200()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => s["GitLab:Token"] = "glpat-wrong");

        var (status, body) = await ReadyAsync(host);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var live = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("GitLab refused the token (401): check GitLab__Token", body, StringComparison.Ordinal);
        Assert.DoesNotContain("glpat-wrong", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_GitLabUnreachable_Is503()
    {
        await using var host = WorkerHost.Wired(_gitLab, s =>
        {
            s["GitLab:BaseUrl"] = "http://127.0.0.1:9";
            s["GitLab:MaxRetries"] = "0";
        });

        var (status, body) = await ReadyAsync(host);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("GitLab at http://127.0.0.1:9 is unreachable", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_DryRunWithoutToken_DoesNotAskGitLab()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => s["GitLab:Token"] = "");

        var (status, _) = await ReadyAsync(host);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(_gitLab.Calls());
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
