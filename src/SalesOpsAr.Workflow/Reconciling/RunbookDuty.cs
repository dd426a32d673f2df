namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>What an AR's runbook note is owed after an event.</summary>
public enum RunbookDuty
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>The runbook note: the AR entered In Progress, or a team member asked for it.</summary>
    Post,

    /// <summary>A bulk AR's tasks changed: its runbook note's progress per person is brought up to date.</summary>
    UpdateProgress,
}
