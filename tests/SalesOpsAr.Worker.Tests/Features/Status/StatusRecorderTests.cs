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
        await using var services = Recorder();
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

    [Fact]
    public async Task TheLoad_IsTheTeamAndTheDris_WithOpenArs_OrOut()
    {
        await using var services = Recorder();
        var now = services.Clock.GetUtcNow();
        var report = new SweepReport
        {
            SweptAt = now,
            Board =
            [
                new OpenAr(1, "A", null, ArState.InProgress, ["jdoe"], now.AddDays(-1)),
                new OpenAr(2, "B", null, ArState.InProgress, ["amber", "outsider"], now.AddDays(-1)),
                new OpenAr(3, "C", null, ArState.Completed, ["meri"], now.AddDays(-1)),
            ],
            Absent = new Dictionary<string, SalesOpsAr.Workflow.Absence.OutOfOffice>
            {
                ["ksmith"] = new(true, now.AddDays(3), "status: OOO"),
                ["jdoe"] = SalesOpsAr.Workflow.Absence.OutOfOffice.In,
            },
        };

        await services.Get<StatusRecorder>().SweptAsync(report, CancellationToken.None);

        Assert.Equal(
            [new TeamLoad("jdoe", 1, false, null), new TeamLoad("ksmith", 0, true, now.AddDays(3)), new TeamLoad("amber", 1, false, null)],
            services.Get<StatusBoard>().Latest!.Load); // meri's only AR is Completed and she is in: not listed; nobody outside the team
    }

    // The status feature's recorder and board over the features' in-memory GitLab.
    private static FeatureServices Recorder() => new(more: s =>
    {
        s.AddSingleton<QueueDepths>();
        s.AddSingleton<StatusBoard>();
        s.AddSingleton<StatusRecorder>();
    });
}
