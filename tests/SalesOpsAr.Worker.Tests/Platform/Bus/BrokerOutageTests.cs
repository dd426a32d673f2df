using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Features.Sweeping;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Bus;

/// <summary>RabbitMQ goes away while events arrive, and comes back.</summary>
[Collection(BrokerOutageGroup.Name)]
public sealed class BrokerOutageTests : PipelineFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["GitLab:ProjectIds:0"] = "4242";
        settings["Transport:PublishTimeout"] = "00:00:03";
        return settings;
    }

    [Fact]
    public async Task BrokerDown_503FastAndReadinessRed_ThenRecoversAlone_AndTheSweepHealsWhatWasRefused()
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        var before = GitLab.AddIssue(4242, 100, Ars.Template, labels: [Ars.ActionNeeded]);
        using (await GitLab.PersonEditsAsync(before, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(before, Ars.InProgress);
        }

        var during = GitLab.AddIssue(4242, 101, Ars.Template, labels: [Ars.ActionNeeded]);
        await BrokerNode.StopAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            using var refused = await GitLab.PersonEditsAsync(during, "ksmith", i => i.Assignees.Add("ksmith"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(9), $"answered after {clock.Elapsed}: GitLab gives up at 10 s");
            await Eventually.Until(() => http.GetAsync("/health/ready").GetAwaiter().GetResult().StatusCode, s => s == HttpStatusCode.ServiceUnavailable, "readiness red");
            using var live = await http.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            await BrokerNode.StartAsync();
        }

        await Eventually.Until(() => http.GetAsync("/health/ready").GetAwaiter().GetResult().StatusCode, s => s == HttpStatusCode.OK, "readiness green again, without a restart", seconds: 60);
        var after = GitLab.AddIssue(4242, 102, Ars.Template, labels: [Ars.ActionNeeded]);
        using (await GitLab.PersonEditsAsync(after, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(after, Ars.InProgress);
        }

        Assert.Contains(Ars.ActionNeeded, during.LabelsNow()); // its event was refused, so nothing happened yet
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Sweeper>().RunOnceAsync(dryRun: false, CancellationToken.None);
        }

        Assert.Contains(Ars.InProgress, during.LabelsNow());
    }
}
