using SalesOpsAr.Workflow.Setup;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Setup;

/// <summary>The labels and board the workflow runs on, and what setup does to get them.</summary>
public sealed class ProjectSetupTests
{
    private static readonly IReadOnlyList<LabelSpec> Wanted = ProjectSetup.Labels(Ars.Settings);
    private static readonly string[] States = ["SalesOpsAR::Action Needed", "SalesOpsAR::In Progress", "SalesOpsAR::On Hold", "SalesOpsAR::Completed"];

    [Fact]
    public void TheLabels_AreTheFourStates_TheOptOut_AndTheHoldLabels_WithTheHandbooksMeaning()
    {
        Assert.Equal(
            [.. States, "SalesOpsAR::Not Needed", "SalesOPS: Waiting on SFDC License", "AR-Approval::Needs Manager Approval", "AR-Approval::Manager Approved"],
            Wanted.Select(l => l.Name));
        Assert.Equal("Sales Ops action item is immediate or within current FQ.", Wanted[0].Description);
        Assert.All(Wanted, l => Assert.Matches("^#[0-9a-f]{6}$", l.Color));
    }

    [Fact]
    public void EachLabel_HasTheHandbooksColourAndWords()
    {
        // Made here, not read from the class's static Wanted: a mutation test switches code on per test, after statics exist.
        Assert.Equal(
            [
                new LabelSpec("SalesOpsAR::Action Needed", "#dc143c", "Sales Ops action item is immediate or within current FQ."),
                new LabelSpec("SalesOpsAR::In Progress", "#1f75cb", "Sales Ops action item is presently being worked on."),
                new LabelSpec("SalesOpsAR::On Hold", "#e9be74", "SalesOps AR that is blocked or not presently w/in scope of work."),
                new LabelSpec("SalesOpsAR::Completed", "#108548", "Sales Ops has completed their task on this issue although the issue may not be closed."),
                new LabelSpec("SalesOpsAR::Not Needed", "#868686", "No Sales Ops action on this AR: the Sales Ops AR bot leaves it alone (no state, no nudges)."),
                new LabelSpec("SalesOPS: Waiting on SFDC License", "#fc9403", "A reason a Sales Ops AR is On Hold: waiting on an SFDC licence."),
                new LabelSpec("AR-Approval::Needs Manager Approval", "#fc9403", "A reason a Sales Ops AR is On Hold: waiting for the manager's approval."),
                new LabelSpec("AR-Approval::Manager Approved", "#2da160", "Releases a Sales Ops AR held by AR-Approval::Needs Manager Approval."),
            ],
            ProjectSetup.Labels(Ars.Settings));
    }

    [Fact]
    public void AnExistingLabelWithoutADescription_IsUpdated()
    {
        var label = ProjectSetup.Labels(Ars.Settings)[0];

        var step = ProjectSetup.Plan([label], [new ExistingLabel(5, label.Name, label.Color, Description: null)], board: null)[0];

        Assert.Equal(SetupAction.UpdateLabel, step.Action);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void NoOptOutLabel_NoneIsMade(string optOut) =>
        Assert.DoesNotContain(ProjectSetup.Labels(Ars.Settings with { NotNeededLabel = optOut }), l => l.Color == "#868686");

    [Fact]
    public void TheExactName_IsPreferred_ToTheSameLabelInAnotherCase()
    {
        var wanted = Wanted.Take(1).ToList();
        var steps = ProjectSetup.Plan(wanted, [new ExistingLabel(1, "salesopsar::action needed", "#000000", "x"), new ExistingLabel(2, wanted[0].Name, wanted[0].Color, wanted[0].Description)], board: null);

        Assert.Equal(new SetupStep(SetupAction.UpToDate, wanted[0].Name, wanted[0], 2), steps[0]);
    }

    [Fact]
    public void ABoardMissingAList_GetsIt_AndIsNotCalledUpToDate()
    {
        var existing = Wanted.Select((l, i) => new ExistingLabel(i, l.Name, l.Color, l.Description)).ToList();

        var steps = ProjectSetup.Plan(Wanted, existing, board: States[..3]);

        Assert.Equal(new SetupStep(SetupAction.AddList, "SalesOpsAR::Completed"), Assert.Single(steps, s => s.Changes));
        Assert.DoesNotContain(steps, s => s.Action == SetupAction.UpToDate && s.Subject == ProjectSetup.BoardName);
    }

    [Theory]
    [InlineData(SetupAction.CreateLabel, true)]
    [InlineData(SetupAction.UpdateLabel, true)]
    [InlineData(SetupAction.CreateBoard, true)]
    [InlineData(SetupAction.AddList, true)]
    [InlineData(SetupAction.UpToDate, false)]
    [InlineData(SetupAction.KeepGroupLabel, false)]
    [InlineData(SetupAction.ListsOutOfOrder, false)]
    public void WhatChangesTheProject(SetupAction action, bool changes) => Assert.Equal(changes, new SetupStep(action, "x").Changes);

    [Fact]
    public void AnEmptyProject_GetsEveryLabel_TheBoard_AndAListPerStateInOrder()
    {
        var steps = ProjectSetup.Plan(Wanted, [], board: null);

        Assert.Equal(Wanted.Count, steps.Count(s => s.Action == SetupAction.CreateLabel));
        Assert.Single(steps, s => s.Action == SetupAction.CreateBoard);
        Assert.Equal(States, steps.Where(s => s.Action == SetupAction.AddList).Select(s => s.Subject));
    }

    [Fact]
    public void AProjectAsItShouldBe_ChangesNothing()
    {
        var existing = Wanted.Select((l, i) => new ExistingLabel(i, l.Name, l.Color.ToUpperInvariant(), l.Description)).ToList();

        var steps = ProjectSetup.Plan(Wanted, existing, board: States);

        Assert.DoesNotContain(steps, s => s.Changes);
        Assert.Contains(steps, s => s.Action == SetupAction.UpToDate && s.Subject == ProjectSetup.BoardName);
    }

    [Fact]
    public void ALabelWithAnotherColourOrDescription_IsUpdated_AGroupsLabelIsUsedAsItIs()
    {
        var existing = new List<ExistingLabel>
        {
            new(1, "SalesOpsAR::Action Needed", "#ff0000", Wanted[0].Description),
            new(2, "SalesOpsAR::In Progress", Wanted[1].Color, "old words"),
            new(3, "AR-Approval::Needs Manager Approval", "#123456", "the group's", OfGroup: true),
        };

        var steps = ProjectSetup.Plan(Wanted, existing, board: States);

        Assert.Equal(SetupAction.UpdateLabel, steps.Single(s => s.Subject == "SalesOpsAR::Action Needed").Action);
        Assert.Equal(SetupAction.UpdateLabel, steps.Single(s => s.Subject == "SalesOpsAR::In Progress").Action);
        Assert.Equal(SetupAction.KeepGroupLabel, steps.Single(s => s.Subject == "AR-Approval::Needs Manager Approval").Action);
    }

    [Fact]
    public void ABoardMissingAState_GetsItsList_ABoardOutOfOrder_IsLeftForAPerson()
    {
        Assert.Equal(["SalesOpsAR::On Hold"], ProjectSetup.Plan(Wanted, [], [States[0], States[1], States[3]]).Where(s => s.Action == SetupAction.AddList).Select(s => s.Subject));
        Assert.Contains(ProjectSetup.Plan(Wanted, [], [States[1], States[0], States[2], States[3]]), s => s.Action == SetupAction.ListsOutOfOrder);
    }

    [Fact]
    public void AMisspelledLabelOfTheSameKey_IsTheLabel_NotASecondOne()
    {
        var steps = ProjectSetup.Plan(Wanted, [new(9, "salesopsar::completed", "#108548", Wanted[3].Description)], board: null);

        Assert.Equal(SetupAction.UpToDate, steps.Single(s => s.Label?.Name == "SalesOpsAR::Completed").Action);
    }
}
