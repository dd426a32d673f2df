namespace SalesOpsAr.Workflow.Tasks;

/// <summary>How an edit changed Sales Ops' tasks.</summary>
public enum TaskChange
{
    /// <summary>Sales Ops' tasks are as they were.</summary>
    None,

    /// <summary>Ticked, removed or reworded; no task newly open.</summary>
    Changed,

    /// <summary>A Sales Ops task is newly open: added unticked, or unticked.</summary>
    Reopened,
}
