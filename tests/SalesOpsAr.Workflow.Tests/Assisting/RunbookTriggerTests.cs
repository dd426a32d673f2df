using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assisting;

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

    // The duty owed after a plan, as a table: (what moved, what the event said, open?, people) → duty.
    public static TheoryData<string, Plan, ArHints, bool, int, RunbookDuty> Duties => new()
    {
        { "the bot moves it into In Progress", new Plan { From = ArState.ActionNeeded, To = ArState.InProgress }, ArHints.None, true, 1, RunbookDuty.Post },
        { "a person labels it In Progress", Plan.Nothing, new ArHints { LabelsAdded = ["SalesOpsAR::In Progress"] }, true, 1, RunbookDuty.Post },
        { "a team member asks for it", Plan.Nothing, new ArHints { RunbookAsked = true }, true, 1, RunbookDuty.Post },
        { "asked, on a bulk AR whose tasks changed too", Plan.Nothing, new ArHints { RunbookAsked = true, TaskChange = TaskChange.Changed }, true, 3, RunbookDuty.Post },
        { "a bulk AR's tasks ticked", Plan.Nothing, new ArHints { TaskChange = TaskChange.Changed }, true, 2, RunbookDuty.UpdateProgress },
        { "a bulk AR's task reopened", Plan.Nothing, new ArHints { TaskChange = TaskChange.Reopened }, true, 2, RunbookDuty.UpdateProgress },
        { "one person's tasks ticked (no progress line)", Plan.Nothing, new ArHints { TaskChange = TaskChange.Changed }, true, 1, RunbookDuty.None },
        { "a bulk AR edited without a task change", Plan.Nothing, ArHints.None, true, 2, RunbookDuty.None },
        { "closed, though asked", Plan.Nothing, new ArHints { RunbookAsked = true }, false, 1, RunbookDuty.None },
        { "closed while entering In Progress", new Plan { From = ArState.ActionNeeded, To = ArState.InProgress }, ArHints.None, false, 1, RunbookDuty.None },
        { "held", new Plan { From = ArState.InProgress, To = ArState.OnHold }, ArHints.None, true, 1, RunbookDuty.None },
    };

    [Theory]
    [MemberData(nameof(Duties))]
    public void TheDutyAfterAPlan(string because, Plan plan, ArHints hints, bool isOpen, int people, RunbookDuty expected) =>
        Assert.True(expected == RunbookTrigger.Duty(plan, hints, Labels, isOpen, () => people), because);

    [Fact]
    public void ThePeopleAreCounted_OnlyWhenTheTasksChanged()
    {
        var counted = 0;

        RunbookTrigger.Duty(new Plan { From = ArState.ActionNeeded, To = ArState.InProgress }, ArHints.None, Labels, isOpen: true, () => ++counted);
        RunbookTrigger.Duty(Plan.Nothing, ArHints.None, Labels, isOpen: true, () => ++counted);

        Assert.Equal(0, counted); // reading the AR's people is linear work: only a task change pays for it
    }
}
