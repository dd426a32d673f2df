namespace SalesOpsAr.Workflow.Setup;

/// <summary>One thing <c>setup</c> does (or would do): about a label (<see cref="Label"/>) or the board.</summary>
public sealed record SetupStep(SetupAction Action, string Subject, LabelSpec? Label = null, long? ExistingId = null)
{
    public bool Changes => Action is SetupAction.CreateLabel or SetupAction.UpdateLabel or SetupAction.CreateBoard or SetupAction.AddList;
}
