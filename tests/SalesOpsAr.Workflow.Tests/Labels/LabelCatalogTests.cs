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
}
