using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Sweeping;
using static SalesOpsAr.Simulation.Ars;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>One sweep on an in-memory GitLab: lost webhooks healed, due nudges sent, what it saw reported.</summary>
public sealed class SweeperTests
{
    private sealed class Reports : ISweepListener
    {
        public List<SweepReport> Seen { get; } = [];

        public Task SweptAsync(SweepReport report, CancellationToken cancellationToken)
        {
            Seen.Add(report);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task AnArWhoseWebhookWasLost_IsHealed_AndTheListenersHearWhatTheSweepSaw()
    {
        var reports = new Reports();
        await using var services = new FeatureServices(more: s => s.AddSingleton<ISweepListener>(reports));
        services.GitLab.Add(1, TemplateCcd);                         // nobody labelled it: its webhook was lost
        services.GitLab.Add(2, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);

        var summary = await services.Get<Sweeper>().RunOnceAsync(dryRun: false, CancellationToken.None);

        Assert.Equal(2, summary.ArsSeen);
        Assert.Equal(1, summary.ArsChanged);
        Assert.Equal([ActionNeeded], services.GitLab.Issue(1).Labels);
        var report = Assert.Single(reports.Seen);
        Assert.Equal([2], report.Board.Select(a => a.Iid)); // the healed one is on the board from its next sweep, in its new state
        Assert.False(report.DryRun);
    }

    [Fact]
    public async Task AnArUnassignedPastItsThreshold_IsNudged_OnGitLabAndTheTeamChannel()
    {
        await using var services = new FeatureServices();
        services.GitLab.Now = services.Clock.GetUtcNow().AddDays(-7);
        services.GitLab.Add(3, TemplateCcd, labels: [ActionNeeded]);
        services.GitLab.AddLabelEvent(3, InMemoryGitLab.Bot, ActionNeeded, "add", services.GitLab.Now);

        var summary = await services.Get<Sweeper>().RunOnceAsync(dryRun: false, CancellationToken.None);

        Assert.Equal(1, summary.ArsFlagged);
        Assert.Contains(services.GitLab.NotesOf(3), n => n.Body!.Contains("@amber", StringComparison.Ordinal));
        Assert.Contains(services.Notifier.Sent, n => n.Items.Any(i => i.Reference == "#3"));
    }

    [Fact]
    public async Task ADryRunSweep_SaysWhatItWouldDo_AndWritesNothing()
    {
        await using var services = new FeatureServices();
        services.GitLab.Now = services.Clock.GetUtcNow().AddDays(-7);
        services.GitLab.Add(4, TemplateCcd);
        services.GitLab.Add(5, TemplateCcd, labels: [ActionNeeded]);

        var summary = await services.Get<Sweeper>().RunOnceAsync(dryRun: true, CancellationToken.None);

        Assert.True(summary.DryRun);
        Assert.Equal(1, summary.ArsChanged);
        Assert.DoesNotContain(services.GitLab.Calls, c => c.StartsWith("PUT", StringComparison.Ordinal) || c.StartsWith("POST", StringComparison.Ordinal));
        Assert.Empty(services.Notifier.Sent);
    }
}
