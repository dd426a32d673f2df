using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Status;

/// <summary>Without <c>Status__Token</c> there is no status page: 404, saying nothing, whatever the request carries.</summary>
public sealed class StatusNotConfiguredTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Theory]
    [InlineData("/status")]
    [InlineData("/status.json")]
    public async Task NoCredentialConfigured_404(string path)
    {
        await using var host = WorkerHost.Wired(_gitLab);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "anything-at-all-0123456789");

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AProcessThatDoesNotSweep_HasNoStatusPage()
    {
        await using var host = WorkerHost.Wired(_gitLab, s => { s["Roles"] = "receiver,reconciler"; s["Status:Token"] = "status-token-0123456789abcdef"; });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "status-token-0123456789abcdef");

        using var response = await http.GetAsync("/status");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
