using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Bus;

/// <summary>The service calls GitLab, Slack, SMTP and the broker, nothing else: MassTransit's usage report is off in code.</summary>
public sealed class UsageTelemetryTests
{
    [Fact]
    public async Task MassTransitsUsageTelemetry_IsOff()
    {
        using var gitLab = new FakeGitLab();
        await using var host = WorkerHost.Wired(gitLab);

        var options = host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value;

        Assert.False(options.Enabled);
    }
}
