using SalesOpsAr.Workflow.Assistant;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assistant;

/// <summary>When the runbook is owed: entering In Progress, by the bot or a person, or asked for.</summary>
public sealed class RunbookTriggerTests
{
    private static readonly LabelCatalog Labels = new(Ars.Settings);

    [Fact]
    public void TheBotMovingAnArIntoInProgress_OwesTheRunbook() =>
        Assert.True(RunbookTrigger.EntersInProgress(new Plan { From = ArState.ActionNeeded, To = ArState.InProgress }, ArHints.None, Labels));

    [Fact]
    public void APersonAddingInProgress_OwesTheRunbook() =>
        Assert.True(RunbookTrigger.EntersInProgress(Plan.Nothing, new ArHints { LabelsAdded = ["SalesOpsAR::In Progress"] }, Labels));

    [Theory]
    [InlineData(ArState.InProgress, ArState.InProgress)] // already there
    [InlineData(ArState.InProgress, ArState.Completed)]
    [InlineData(ArState.ActionNeeded, ArState.OnHold)]
    public void OtherMoves_OweNothing(ArState from, ArState to) =>
        Assert.False(RunbookTrigger.EntersInProgress(new Plan { From = from, To = to }, ArHints.None, Labels));

    [Fact]
    public void APersonAddingInProgress_ThatTheBotMovesOnAtOnce_OwesNothing() =>
        Assert.False(RunbookTrigger.EntersInProgress(
            new Plan { From = ArState.InProgress, To = ArState.Completed, AddLabels = ["SalesOpsAR::Completed"] },
            new ArHints { LabelsAdded = ["SalesOpsAR::In Progress"] }, Labels));

    [Theory]
    [InlineData("@salesops-ar-bot runbook", true)]
    [InlineData("Thanks!\n  @SalesOps-AR-Bot   RUNBOOK  \n", true)]
    [InlineData("@salesops-ar-bot runbook please", false)]
    [InlineData("@salesops-ar-botx runbook", false)]
    [InlineData("runbook @salesops-ar-bot", false)]
    [InlineData("`@salesops-ar-bot runbook`", false)]
    [InlineData(null, false)]
    public void ANoteAsksForTheRunbook_WithTheBotsMentionAndTheWordOnALine(string? note, bool asked) =>
        Assert.Equal(asked, RunbookTrigger.IsAsked(note, "salesops-ar-bot"));
}
