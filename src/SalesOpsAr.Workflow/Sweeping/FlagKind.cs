namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>Why the sweep nudges someone about an AR.</summary>
public enum FlagKind
{
    /// <summary>Action Needed and nobody from the team assigned for too long.</summary>
    Unassigned,

    /// <summary>In Progress or On Hold, and every team assignee is out of office.</summary>
    AssigneeOutOfOffice,

    /// <summary>In Progress with no activity by a person for too long.</summary>
    Stale,

    /// <summary>On Hold for too long with no activity by a person.</summary>
    HoldReview,

    /// <summary>Action Needed or In Progress past its due date (an On Hold AR waits on its hold, not on the team).</summary>
    Overdue,
}
