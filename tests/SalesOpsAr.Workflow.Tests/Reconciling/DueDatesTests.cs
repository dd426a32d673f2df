using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Reconciling;

/// <summary>"Action Needed — immediate or within current FQ": the due date an AR gets, and when it gets none.</summary>
public sealed class DueDatesTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly Plan ToActionNeeded = new() { From = null, To = ArState.ActionNeeded, AddLabels = ["SalesOpsAR::Action Needed"], Reasons = ["Moved to ~\"SalesOpsAR::Action Needed\": new."] };

    private static ArSnapshot Ar(DateOnly? due = null, bool open = true) => new() { ProjectId = 42, Iid = 1, DueDate = due, IsOpen = open };

    [Fact]
    public void ANewArEnteringActionNeeded_GetsTheQuartersLastDay_InTheSameEdit_AndTheNoteSaysSo()
    {
        var plan = DueDates.Apply(ToActionNeeded, Ar(), Monday, Ars.Settings);

        Assert.Equal(new DateOnly(2027, 1, 31), plan.SetDueDate);
        Assert.True(plan.EditsIssue);
        Assert.Equal("Due date set to 31 Jan 2027, the end of the current fiscal quarter (the handbook: Action Needed is immediate or within the current quarter).", plan.Reasons[^1]);
    }

    public static TheoryData<string, Plan, ArSnapshot, Workflow.Settings.WorkflowSettings> NoDueDate => new()
    {
        { "a person's due date is never overwritten", ToActionNeeded, Ar(due: new DateOnly(2026, 12, 4)), Ars.Settings },
        { "switched off", ToActionNeeded, Ar(), Ars.Settings with { DueDateOnActionNeeded = false } },
        { "a move to In Progress", ToActionNeeded with { To = ArState.InProgress, AddLabels = ["SalesOpsAR::In Progress"] }, Ar(), Ars.Settings },
        { "already Action Needed (a misspelling fixed)", ToActionNeeded with { From = ArState.ActionNeeded }, Ar(), Ars.Settings },
        { "nothing to edit (a CC only)", Plan.Nothing with { To = ArState.ActionNeeded, Cc = ["amber"] }, Ar(), Ars.Settings },
        { "a closed AR", ToActionNeeded, Ar(open: false), Ars.Settings },
    };

    [Theory]
    [MemberData(nameof(NoDueDate))]
    public void NoDueDate_Set(string why, Plan plan, ArSnapshot ar, Workflow.Settings.WorkflowSettings settings) =>
        Assert.True(DueDates.Apply(plan, ar, Monday, settings) == plan, why);

    [Fact]
    public void TheConfiguredFiscalYear_IsTheOneUsed()
    {
        var plan = DueDates.Apply(ToActionNeeded, Ar(), Monday, Ars.Settings with { FiscalYearStartMonth = 1 });

        Assert.Equal(new DateOnly(2026, 12, 31), plan.SetDueDate);
    }
}
