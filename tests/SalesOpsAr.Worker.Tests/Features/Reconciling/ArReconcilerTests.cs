using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Reconciling;
using SalesOpsAr.Worker.Platform.Reading;
using static SalesOpsAr.Simulation.Ars;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>The reconciler's main paths on an in-memory GitLab: read fresh, decide, one label edit, the owed jobs after it.</summary>
public sealed class ArReconcilerTests
{
    private static ArChanged Event(long iid, string action = "open", IReadOnlyList<string>? added = null, string source = "issue") => new()
    {
        ProjectId = 4242, Iid = iid, DeliveryId = $"delivery-{iid}-{action}", Action = action, Source = source, LabelsAdded = added ?? [],
    };

    [Fact]
    public async Task ANewAr_GetsActionNeeded_InOneEdit_AndItsNoteWithTheCcIsOwed()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(1, Template);

        var result = await services.Get<ArReconciler>().ReconcileAsync(Event(1), retried: false, CancellationToken.None);

        Assert.Equal(ReconcileOutcome.Applied, result.Outcome);
        Assert.Equal(["GET issue 4242#1", "GET notes 4242#1"], services.GitLab.Calls.Take(2));
        Assert.StartsWith("PUT labels 4242#1 +[SalesOpsAR::Action Needed] -[]", services.GitLab.Calls[2], StringComparison.Ordinal);
        Assert.Equal(3, services.GitLab.Calls.Count);
        var note = Assert.Single(services.Work.SentOf<PlanNoteOwed>());
        Assert.Equal(["amber", "meri"], note.Cc);
        Assert.Equal("ActionNeeded", note.To);
        Assert.NotNull(note.Announcement); // the new AR is told on Slack and e-mail once the CC is posted
        Assert.Null(note.Runbook);
    }

    [Fact]
    public async Task TheDueDate_IsTheQuarterOfTheTeamsDate_NotOfUtcs()
    {
        await using var services = new FeatureServices(settings: new Dictionary<string, string?> { ["Sweep:Calendar:TimeZone"] = "Pacific/Auckland" });
        services.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 31, 12, 0, 0, TimeSpan.Zero)); // 1 Feb 01:00 in Auckland: Q1 there, still Q4 in UTC
        services.GitLab.Add(10, Template);

        await services.Get<ArReconciler>().ReconcileAsync(Event(10), retried: false, CancellationToken.None);

        Assert.Equal(new DateOnly(2027, 4, 30), services.GitLab.Issue(10).DueDate);
    }

    [Fact]
    public async Task AnArAlreadyRight_CostsOneRead_AndOwesNothing()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(2, TemplateCcd, labels: [ActionNeeded]);

        var result = await services.Get<ArReconciler>().ReconcileAsync(Event(2, "update"), retried: false, CancellationToken.None);

        Assert.Equal(ReconcileOutcome.NoChange, result.Outcome);
        Assert.Equal(["GET issue 4242#2"], services.GitLab.Calls);
        Assert.Empty(services.Work.Sent);
    }

    [Fact]
    public async Task AnArPickedUp_MovesToInProgress_AndOwesTheRunbookAfterItsNote()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(3, TemplateCcd, labels: [ActionNeeded], assignees: ["jdoe"]);

        await services.Get<ArReconciler>().ReconcileAsync(Event(3, "update") with { AssigneesChanged = true }, retried: false, CancellationToken.None);

        Assert.Equal([InProgress], services.GitLab.Issue(3).Labels);
        var note = Assert.Single(services.Work.Sent);
        var runbook = Assert.IsType<PlanNoteOwed>(note).Runbook;
        Assert.NotNull(runbook); // sent on by the note's writer once the note is there, so it follows the note
        Assert.False(runbook.Asked);
    }

    [Fact]
    public async Task AnArPickedUp_WithTheAssistantOff_OwesNoRunbook()
    {
        await using var services = new FeatureServices(assists: false);
        services.GitLab.Add(4, TemplateCcd, labels: [ActionNeeded], assignees: ["jdoe"]);

        await services.Get<ArReconciler>().ReconcileAsync(Event(4, "update") with { AssigneesChanged = true }, retried: false, CancellationToken.None);

        Assert.Null(Assert.IsType<PlanNoteOwed>(Assert.Single(services.Work.Sent)).Runbook);
    }

    [Fact]
    public async Task ATeamMembersRunbookCommand_OwesTheRunbookAlone_WhenTheLabelsAreRight()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(5, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);

        await services.Get<ArReconciler>().ReconcileAsync(Event(5, "note", source: "note") with { RunbookAsked = true }, retried: false, CancellationToken.None);

        var runbook = Assert.IsType<RunbookOwed>(Assert.Single(services.Work.Sent));
        Assert.True(runbook.Asked);
        Assert.DoesNotContain(services.GitLab.Calls, c => c.StartsWith("PUT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InADryRun_ThePlanIsDecided_AndNothingIsWrittenOrOwed()
    {
        await using var services = new FeatureServices(canWrite: false);
        services.GitLab.Add(6, Template);

        var result = await services.Get<ArReconciler>().ReconcileAsync(Event(6), retried: false, CancellationToken.None);

        Assert.Equal(ReconcileOutcome.DryRun, result.Outcome);
        Assert.Contains("SalesOpsAR::Action Needed", result.Plan.AddLabels);
        Assert.DoesNotContain(services.GitLab.Calls, c => c.StartsWith("PUT", StringComparison.Ordinal) || c.StartsWith("POST", StringComparison.Ordinal));
        Assert.Empty(services.Work.Sent);
    }

    [Fact]
    public async Task AnArThatIsGone_IsSkipped_WithoutAWrite()
    {
        await using var services = new FeatureServices();

        var result = await services.Get<ArReconciler>().ReconcileAsync(Event(7), retried: false, CancellationToken.None);

        Assert.Equal(ReconcileOutcome.Skipped, result.Outcome);
        Assert.Equal(["GET issue 4242#7"], services.GitLab.Calls);
    }

    [Fact]
    public async Task AnotherTeamsAr_IsSkipped_AfterOneRead()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(8, NonSales);

        var result = await services.Get<ArReconciler>().ReconcileAsync(Event(8), retried: false, CancellationToken.None);

        Assert.Equal(ReconcileOutcome.Skipped, result.Outcome);
        Assert.Empty(services.Work.Sent);
    }

    [Fact]
    public async Task AListedArNeedingNoChange_IsDecidedOnTheListedCopy_WithoutACall()
    {
        await using var services = new FeatureServices();
        var listed = services.GitLab.Add(9, TemplateCcd, labels: [ActionNeeded]);

        var result = await services.Get<IArReconciler>().ReconcileAsync(ArInput.Snapshot(listed, 4242), dryRun: false, CancellationToken.None);

        Assert.Equal(ReconcileOutcome.NoChange, result.Outcome);
        Assert.Empty(services.GitLab.Calls);
    }

    [Fact]
    public async Task AListedArCallingForAChange_IsReadAgain_BeforeTheEdit()
    {
        await using var services = new FeatureServices();
        var listed = services.GitLab.Add(10, TemplateCcd); // no state label: the webhook was lost

        var result = await services.Get<IArReconciler>().ReconcileAsync(ArInput.Snapshot(listed, 4242), dryRun: false, CancellationToken.None);

        Assert.Equal(ReconcileOutcome.Applied, result.Outcome);
        Assert.Equal("GET issue 4242#10", services.GitLab.Calls[0]);
        Assert.Equal([ActionNeeded], services.GitLab.Issue(10).Labels);
    }
}
