namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>
/// What an event says changed. Hints only break ties (which state label is newer, whether a hold
/// reason was just removed); the rules otherwise read the issue as it is now.
/// </summary>
public sealed record ArHints
{
    public static ArHints None { get; } = new();

    public EventAction Action { get; init; } = EventAction.None;
    public IReadOnlyList<string> LabelsAdded { get; init; } = [];
    public IReadOnlyList<string> LabelsRemoved { get; init; } = [];
}
