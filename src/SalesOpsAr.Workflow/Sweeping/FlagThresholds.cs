namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>How many business days before each flag, and how often a flag is repeated.</summary>
public sealed record FlagThresholds
{
    public double Unassigned { get; init; } = 1;
    public double AssigneeOutOfOffice { get; init; } = 1;
    public double Stale { get; init; } = 3;
    public double HoldReview { get; init; } = 10;

    /// <summary>Nudges per flag and episode; one threshold after the last, one escalation to the DRIs.</summary>
    public int MaxReminders { get; init; } = 3;

    public double For(FlagKind flag) => flag switch
    {
        FlagKind.Unassigned => Unassigned,
        FlagKind.AssigneeOutOfOffice => AssigneeOutOfOffice,
        FlagKind.Stale => Stale,
        FlagKind.HoldReview => HoldReview,
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, null),
    };
}
