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

    /// <summary>A team member asked for the runbook (<c>@bot runbook</c> in a note).</summary>
    public bool RunbookAsked { get; init; }

    /// <summary>
    /// True when a fresh read of the issue says all this event says: no assignment, label or newly open task to
    /// tell new work from a person's decision, and no open, close or reopen.
    /// </summary>
    public bool ReadRecoversAll =>
        Action is EventAction.None or EventAction.Update or EventAction.Note
        && !AssigneesChanged && LabelsAdded.Count == 0 && LabelsRemoved.Count == 0 && TaskChange != TaskChange.Reopened && !RunbookAsked;

    /// <summary>
    /// This event's hints with a later event's joined in, for one read that answers both: labels and assignments
    /// changed by either, the larger task change. The action stays this event's (a later open, close or reopen is
    /// never joined: it reads on its own).
    /// </summary>
    public ArHints Join(ArHints later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return this with
        {
            LabelsAdded = [.. LabelsAdded.Union(later.LabelsAdded, StringComparer.Ordinal)],
            LabelsRemoved = [.. LabelsRemoved.Union(later.LabelsRemoved, StringComparer.Ordinal)],
            AssigneesChanged = AssigneesChanged || later.AssigneesChanged,
            TaskChange = later.TaskChange > TaskChange ? later.TaskChange : TaskChange,
            RunbookAsked = RunbookAsked || later.RunbookAsked,
        };
    }
}
