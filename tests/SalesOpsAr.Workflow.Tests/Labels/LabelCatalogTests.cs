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
    public void StateOf_SpellingsOfAState_FindTheState(string title, ArState expected) =>
        Assert.Equal(expected, new LabelCatalog(Ars.Settings).StateOf(title));

    [Theory]
    [InlineData("AR-Approval::Manager Approved")]
    [InlineData("ReadyForProvisioning")]
    [InlineData("SalesOpsAR")]
    public void StateOf_OtherLabels_IsNull(string title) =>
        Assert.Null(new LabelCatalog(Ars.Settings).StateOf(title));
}
