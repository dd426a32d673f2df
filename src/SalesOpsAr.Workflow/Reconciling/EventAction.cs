namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>What the triggering event did to the issue; <see cref="None"/> for a sweep or a replay.</summary>
public enum EventAction
{
    None = 0,
    Open,
    Update,
    Close,
    Reopen,
    Note,
}
