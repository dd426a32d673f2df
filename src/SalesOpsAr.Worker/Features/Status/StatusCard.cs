using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Status;

/// <summary>One open AR on the status board, as the last sweep saw it.</summary>
public sealed record StatusCard
{
    public required long Iid { get; init; }
    public required string Title { get; init; }
    public string? Url { get; init; }
    public required ArState State { get; init; }

    /// <summary>Why it is held; null when no hold label says.</summary>
    public string? HoldReason { get; init; }

    /// <summary>Business days since it was opened, at the sweep.</summary>
    public double AgeBusinessDays { get; init; }

    public IReadOnlyList<string> Assignees { get; init; } = [];
    public DateOnly? DueDate { get; init; }
    public IReadOnlyList<FlagKind> Flags { get; init; } = [];
}
