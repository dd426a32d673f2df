namespace SalesOpsAr.Workflow.Assisting;

/// <summary>Where a runbook value came from.</summary>
public enum RunbookValueSource
{
    /// <summary>The AR does not tell: the requester is asked.</summary>
    Missing,

    /// <summary>Given in the AR, for the system or for the whole AR.</summary>
    Ar,

    /// <summary>Taken from what the AR says of its people (job title for Role; team or region for Team).</summary>
    People,

    /// <summary>The runbook's default (the handbook's "unless the AR says otherwise").</summary>
    Default,
}
