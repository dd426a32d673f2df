using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tasks;

namespace SalesOpsAr.Workflow.Tests.Reconciling;

/// <summary>When one read may answer an event, and what two events joined into one read say.</summary>
public sealed class ArHintsTests
{
    public static TheoryData<string, ArHints, bool> Events => new()
    {
        { "a sweep or replay", ArHints.None, true },
        { "a title edit", new ArHints { Action = EventAction.Update }, true },
        { "a comment", new ArHints { Action = EventAction.Note }, true },
        { "a task ticked", new ArHints { Action = EventAction.Update, TaskChange = TaskChange.Changed }, true },
        { "a task newly open", new ArHints { Action = EventAction.Update, TaskChange = TaskChange.Reopened }, false },
        { "an assignment", new ArHints { Action = EventAction.Update, AssigneesChanged = true }, false },
        { "a label added", new ArHints { Action = EventAction.Update, LabelsAdded = ["SalesOpsAR::Completed"] }, false },
        { "a label removed", new ArHints { Action = EventAction.Update, LabelsRemoved = ["SalesOpsAR::Completed"] }, false },
        { "an open", new ArHints { Action = EventAction.Open }, false },
        { "a close", new ArHints { Action = EventAction.Close }, false },
        { "a reopen", new ArHints { Action = EventAction.Reopen }, false },
        { "a comment asking for the runbook", new ArHints { Action = EventAction.Note, RunbookAsked = true }, false },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void ReadRecoversAll_OnlyWhenTheEventSaysNothingAReadCannotSee(string what, ArHints hints, bool recovered) =>
        Assert.True(hints.ReadRecoversAll == recovered, $"{what}: expected {recovered}");

    [Fact]
    public void Join_KeepsEverythingEitherSays_AndTheFirstsAction()
    {
        var first = new ArHints { Action = EventAction.Open, LabelsAdded = ["a"], TaskChange = TaskChange.Reopened };
        var later = new ArHints { Action = EventAction.Update, LabelsAdded = ["a", "b"], LabelsRemoved = ["c"], AssigneesChanged = true, TaskChange = TaskChange.Changed, RunbookAsked = true };

        var joined = first.Join(later);

        Assert.Equal(EventAction.Open, joined.Action);
        Assert.Equal(["a", "b"], joined.LabelsAdded);
        Assert.Equal(["c"], joined.LabelsRemoved);
        Assert.True(joined.AssigneesChanged);
        Assert.Equal(TaskChange.Reopened, joined.TaskChange);
        Assert.True(joined.RunbookAsked);
    }

    [Fact]
    public void Join_WithNone_IsTheSame()
    {
        var hints = new ArHints { Action = EventAction.Update, LabelsAdded = ["a"], AssigneesChanged = true, TaskChange = TaskChange.Changed };

        var joined = hints.Join(ArHints.None);

        Assert.Equal(hints.Action, joined.Action);
        Assert.Equal(hints.LabelsAdded, joined.LabelsAdded);
        Assert.Equal(hints.AssigneesChanged, joined.AssigneesChanged);
        Assert.Equal(hints.TaskChange, joined.TaskChange);
    }
}
