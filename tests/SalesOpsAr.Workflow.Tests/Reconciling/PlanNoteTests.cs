using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Reconciling;

public sealed class PlanNoteTests
{
    [Fact]
    public void Render_PlanWithCc_SaysWhyMentionsDrisAndCarriesTheMarker()
    {
        var plan = new Plan
        {
            To = ArState.ActionNeeded,
            AddLabels = [StateLabels.ActionNeeded],
            Cc = ["amber", "meri"],
            Reasons = ["Moved to ~\"SalesOpsAR::Action Needed\": new Sales Ops access request."],
        };

        var note = PlanNote.Render(plan);

        Assert.Equal(
            "**Sales Ops AR bot:** Moved to ~\"SalesOpsAR::Action Needed\": new Sales Ops access request."
            + "\n\ncc @amber @meri\n\n<!-- salesops-ar-bot reconcile to=ActionNeeded cc=amber,meri -->",
            note);
    }

    [Fact]
    public void Render_EmptyPlan_GivesNoNote() => Assert.Null(PlanNote.Render(Plan.Nothing));

    [Fact]
    public void Render_ReasonsWithoutCc_MentionsNobody() =>
        Assert.Equal(
            "**Sales Ops AR bot:** Moved.\n\n<!-- salesops-ar-bot reconcile to=InProgress -->",
            PlanNote.Render(new Plan { To = ArState.InProgress, Reasons = ["Moved."] }));

    [Fact]
    public void Render_CcWithoutReasons_StillCcs() =>
        Assert.Equal(
            "**Sales Ops AR bot:** \n\ncc @meri\n\n<!-- salesops-ar-bot reconcile cc=meri -->",
            PlanNote.Render(new Plan { Cc = ["meri"] }));
}
