using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>The <c>Sweep:Thresholds</c> section, in business days.</summary>
public sealed class ThresholdOptions
{
    public double Unassigned { get; set; } = 1;
    public double AssigneeOutOfOffice { get; set; } = 1;
    public double Stale { get; set; } = 3;
    public double HoldReview { get; set; } = 10;
    public int MaxReminders { get; set; } = 3;

    public FlagThresholds ToThresholds() => new()
    {
        Unassigned = Unassigned,
        AssigneeOutOfOffice = AssigneeOutOfOffice,
        Stale = Stale,
        HoldReview = HoldReview,
        MaxReminders = MaxReminders,
    };
}
