using SalesOpsAr.Workflow.Tasks;

namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>
/// What an event says changed. Hints break ties (which state label is newer) and tell new work from a person's
/// decision (an assignment, a task ticked or added, a reopen, a hold added or released); the rules otherwise read
/// the issue as it is now.
/// </summary>
public sealed record ArHints
{
    public static ArHints None { get; } = new();

    public EventAction Action { get; init; } = EventAction.None;
    public IReadOnlyList<string> LabelsAdded { get; init; } = [];
    public IReadOnlyList<string> LabelsRemoved { get; init; } = [];

    /// <summary>The event changed who is assigned.</summary>
    public bool AssigneesChanged { get; init; }

    /// <summary>How the event changed Sales Ops' tasks (from the description before and after it).</summary>
    public TaskChange TaskChange { get; init; }
}
