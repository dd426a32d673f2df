namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>What a plan needs read before it can be decided.</summary>
[Flags]
public enum ContextNeeds
{
    None = 0,

    /// <summary>The AR's notes: whom they mention (for the CC).</summary>
    Notes = 1,

    /// <summary>Who set the current state and what happened since (label events and notes).</summary>
    Decision = 2,
}
