using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Labels;

public sealed class LabelCatalogTests
{
    [Theory]
    [InlineData("SalesOpsAR::Action Needed", ArState.ActionNeeded)]
    [InlineData("SaelsOpsAR::In Progress", ArState.InProgress)]
    [InlineData("salesopsar::on hold", ArState.OnHold)]
    [InlineData(" SalesOpsAR :: Completed ", ArState.Completed)]
    [InlineData("SalesOpsAR::Done", ArState.Completed)]
    [InlineData("SalesOpsAR::Complete", ArState.Completed)]
    [InlineData("SaelsOpsAR::Action Needed", ArState.ActionNeeded)]
    [InlineData("SaelsOpsAR::On Hold", ArState.OnHold)]
    [InlineData("SaelsOpsAR::Completed", ArState.Completed)]
    public void StateOf_SpellingsOfAState_FindTheState(string title, ArState expected) =>
        Assert.Equal(expected, new LabelCatalog(Ars.Settings).StateOf(title));

    [Theory]
    [InlineData("AR-Approval::Manager Approved")]
    [InlineData("ReadyForProvisioning")]
    [InlineData("SalesOpsAR")]
    public void StateOf_OtherLabels_IsNull(string title) =>
        Assert.Null(new LabelCatalog(Ars.Settings).StateOf(title));

    [Theory]
    [InlineData("SalesOpsAR::Blocked", true)]
    [InlineData("saelsopsar::anything", true)]
    [InlineData("SalesOPS: Waiting on SFDC License", true)]
    [InlineData("ReadyForProvisioning", false)]
    [InlineData("::Done", false)]
    [InlineData("AR-Approval::Manager Approved", false)]
    public void IsSalesOpsLabel_TheScopeInAnySpellingOrAHoldReason(string title, bool expected) =>
        Assert.Equal(expected, new LabelCatalog(Ars.Settings).IsSalesOpsLabel(title));

    [Theory]
    [InlineData("SalesOPS: Waiting on SFDC License", "waiting on an SFDC licence")]
    [InlineData("salesops: waiting on sfdc license", "waiting on an SFDC licence")]
    [InlineData("AR-Approval::Needs Manager Approval", "waiting for the manager's approval")]
    public void HoldOf_AHoldLabelInAnySpelling_GivesItsReason(string title, string reason) =>
        Assert.Equal(reason, new LabelCatalog(Ars.Settings).HoldOf(title)?.Reason);

    [Fact]
    public void ReleaseOf_ManagerApproved_ReleasesTheApprovalHold() =>
        Assert.Equal("AR-Approval::Needs Manager Approval", new LabelCatalog(Ars.Settings).ReleaseOf("AR-Approval::Manager Approved")?.Label);

    [Theory]
    [InlineData("SalesOpsAR::Blocked", true)]
    [InlineData("SaelsOpsAR::Waiting", true)]
    [InlineData("SalesOpsAR::In Progress", false)]
    [InlineData("SaelsOpsAR::In Progress", false)] // an alias is a state
    [InlineData("SalesOpsAR::Not Needed", false)] // the opt-out is known
    [InlineData("Other::Blocked", false)]
    [InlineData("SalesOpsAR", false)]
    public void IsUnknownInScope_APersonsOwnSalesOpsLabel(string title, bool expected) =>
        Assert.Equal(expected, new LabelCatalog(Ars.Settings).IsUnknownInScope(title));
}
