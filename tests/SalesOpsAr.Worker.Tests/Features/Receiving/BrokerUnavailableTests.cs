using System.Diagnostics;
using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

public sealed class BrokerUnavailableTests
{
    [Fact]
    public async Task Post_WhenTheBrokerCannotConfirm_Is503WellWithinGitLabsTimeout()
    {
        using var gitLab = new FakeGitLab();
        await using var host = WorkerHost.Wired(gitLab, s =>
        {
            s["Transport:Kind"] = "RabbitMq";
            s["Transport:RabbitMq:Uri"] = "amqp://guest:guest@127.0.0.1:1/"; // nothing listens there
            s["Transport:PublishTimeout"] = "00:00:02";
        });
        var ar = gitLab.AddIssue(4242, 12, Ars.Template);

        var clock = Stopwatch.StartNew();
        using var response = await gitLab.PersonEditsAsync(ar, "jrequester", _ => { }, action: "open");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"answered after {clock.Elapsed}");
        Assert.Contains("could not be queued", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var ready = await http.GetAsync("/health/ready");
        using var live = await http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
