using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>What the rules want done to one AR: label edits, whom to CC, and why.</summary>
public sealed record Plan
{
    public static Plan Nothing { get; } = new();

    public ArState? From { get; init; }
    public ArState? To { get; init; }
    public IReadOnlyList<string> AddLabels { get; init; } = [];
    public IReadOnlyList<string> RemoveLabels { get; init; } = [];

    /// <summary>Whom the note mentions (usernames, no @): the DRIs not yet CC'd on the AR, or told it closed unfinished.</summary>
    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>One short sentence per change, for the note on the AR and for the log; they describe the edit as made.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The rules cannot decide without these: read them and decide again.</summary>
    public ContextNeeds Needs { get; init; }

    /// <summary>A due date to set in the same edit as the labels (<see cref="DueDates"/>); null: the due date is left alone.</summary>
    public DateOnly? SetDueDate { get; init; }

    /// <summary>A label in the Sales Ops scope a person made (<c>SalesOpsAR::Blocked</c>), respected: nothing was planned beside it.</summary>
    public string? Respected { get; init; }

    /// <summary>What the AR's runbook note is owed once the plan is applied (decided by the assistant's trigger rule).</summary>
    public RunbookDuty Runbook { get; init; }

    /// <summary>
    /// The AR is picked up: it enters In Progress, not from On Hold (a resumption is no pickup). Set only when something
    /// listens for pickups (the Salesforce seat check); then a pickup alone is something to write.
    /// </summary>
    public bool PickedUp { get; init; }

    public bool ChangesLabels => AddLabels.Count > 0 || RemoveLabels.Count > 0;

    /// <summary>The plan edits the issue itself (labels or due date): one PUT.</summary>
    public bool EditsIssue => ChangesLabels || SetDueDate is not null;

    public bool IsEmpty => !EditsIssue && Cc.Count == 0 && Reasons.Count == 0 && Needs == ContextNeeds.None && Runbook == RunbookDuty.None && !PickedUp;

    public static Plan Needing(ContextNeeds needs) => new() { Needs = needs };
}
