using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Hosting;

/// <summary>With Management:Urls, /metrics and /health answer only there, and the webhook only on Urls: by the port, not the Host header.</summary>
public sealed class ManagementPortTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task EachPortServesOnlyItsOwnEndpoints()
    {
        var port = FreePort();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(_gitLab, broker: null, ("Management__Urls", $"http://127.0.0.1:{port}")));
        var management = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient();
        await Eventually.Until(() => Status(http, new Uri(management, "/health/ready")).GetAwaiter().GetResult(), s => s == HttpStatusCode.OK, "readiness on the management port", seconds: 60);

        Assert.Equal(HttpStatusCode.OK, await Status(http, new Uri(management, "/metrics")));
        Assert.Equal(HttpStatusCode.OK, await Status(http, new Uri(management, "/health/live")));
        Assert.Equal(HttpStatusCode.NotFound, await Status(http, new Uri(service.BaseAddress, "/metrics")));
        Assert.Equal(HttpStatusCode.NotFound, await Status(http, new Uri(service.BaseAddress, "/health/ready")));
        Assert.Equal(HttpStatusCode.NotFound, await Status(http, new Uri(management, "/webhooks/gitlab"), HttpMethod.Post));
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(http, new Uri(service.BaseAddress, "/webhooks/gitlab"), HttpMethod.Post));

        using var lying = new HttpRequestMessage(HttpMethod.Get, new Uri(service.BaseAddress, "/metrics"));
        lying.Headers.Host = $"127.0.0.1:{port}";
        using var answer = await http.SendAsync(lying);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    private static async Task<HttpStatusCode> Status(HttpClient http, Uri url, HttpMethod? method = null)
    {
        try
        {
            using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url) { Content = method == HttpMethod.Post ? new StringContent("{}") : null };
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
