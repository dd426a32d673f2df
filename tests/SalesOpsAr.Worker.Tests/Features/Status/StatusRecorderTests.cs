using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Status;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Status;

/// <summary>The status page's snapshot from a sweep's report, with no host.</summary>
public sealed class StatusRecorderTests
{
    [Fact]
    public async Task AnArsAge_IsInBusinessDaysToTwoPlaces_NotFloatNoise()
    {
        await using var services = new FeatureServices(more: s =>
        {
            s.AddSingleton<QueueDepths>();
            s.AddSingleton<StatusBoard>();
            s.AddSingleton<StatusRecorder>();
        });
        var now = services.Clock.GetUtcNow();
        var report = new SweepReport
        {
            SweptAt = now,
            Board = [new OpenAr(7, "Jane Doe", null, ArState.ActionNeeded, [], now.AddHours(-49).AddMilliseconds(-1))],
        };

        await services.Get<StatusRecorder>().SweptAsync(report, CancellationToken.None);

        var age = Assert.Single(services.Get<StatusBoard>().Latest!.Cards).AgeBusinessDays;
        Assert.True(age > 0, $"{age}");
        Assert.Equal(Math.Round(age, 2), age);
    }
}
