using System.ComponentModel.DataAnnotations;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>How many business days before each flag, and how often a flag is repeated.</summary>
public sealed record FlagThresholds
{
    [Range(0, 365, MinimumIsExclusive = true)]
    public double Unassigned { get; init; } = 1;
    [Range(0, 365, MinimumIsExclusive = true)]
    public double AssigneeOutOfOffice { get; init; } = 1;
    [Range(0, 365, MinimumIsExclusive = true)]
    public double Stale { get; init; } = 3;
    [Range(0, 365, MinimumIsExclusive = true)]
    public double HoldReview { get; init; } = 10;

    /// <summary>A comment from outside Sales Ops (the requester's "any update?") unanswered this long brings the stale or hold nudge forward.</summary>
    [Range(0, 365, MinimumIsExclusive = true)]
    public double Unanswered { get; init; } = 1;

    /// <summary>Business days between reminders about an AR past its due date (the first comes the day after it).</summary>
    [Range(0, 365, MinimumIsExclusive = true)]
    public double Overdue { get; init; } = 2;

    /// <summary>Nudges per flag and episode; one threshold after the last, one escalation to the DRIs.</summary>
    [Range(1, 10)]
    public int MaxReminders { get; init; } = 3;

    public double For(FlagKind flag) => flag switch
    {
        FlagKind.Unassigned => Unassigned,
        FlagKind.AssigneeOutOfOffice => AssigneeOutOfOffice,
        FlagKind.Stale => Stale,
        FlagKind.HoldReview => HoldReview,
        FlagKind.Overdue => Overdue,
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, null),
    };
}
