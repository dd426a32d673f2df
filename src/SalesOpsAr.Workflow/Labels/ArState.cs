namespace SalesOpsAr.Workflow.Labels;

/// <summary>The Sales Ops state of an access request, ordered from least to most advanced.</summary>
public enum ArState
{
    ActionNeeded = 0,
    InProgress = 1,
    OnHold = 2,
    Completed = 3,
}
