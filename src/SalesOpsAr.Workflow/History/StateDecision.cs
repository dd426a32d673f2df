using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Workflow.History;

/// <summary>
/// Whether the AR's current state is a person's decision that still stands (Rule 4): a person, not the bot, added
/// its label last, and no new work followed (a task ticked, a reopen, and except for a hold an assignment).
/// A state label older than the AR's history counts as a person's, made before anything in it.
/// </summary>
/// <remarks>
/// "changed the description" is not new work by its words: GitLab writes it for any edit, prose or tasks. Whether an
/// edit changed Sales Ops' tasks is judged from the edit's own event, which carries the description before and after
/// (<see cref="Reconciling.ArHints.TaskChange"/>); a prose edit leaves a person's decision standing.
/// </remarks>
public static class StateDecision
{
    // GitLab's system notes for the changes that count as new work ("marked the task" is how GitLab before 15.x said it).
    private static readonly string[] NewWork = ["marked the checklist item", "marked the task", "reopened"];

    // An assignment is new work for every state but a hold: an On Hold set by hand stands even through an assignment.
    private static readonly string[] Assignment = ["assigned to", "unassigned"];

    public static bool Stands(ArState state, IEnumerable<LabelEvent> labelEvents, IEnumerable<ArNote> notes, string botUsername, LabelCatalog labels)
    {
        ArgumentNullException.ThrowIfNull(labelEvents);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(labels);
        var set = labelEvents.Where(e => e.Added && e.Label is { } label && labels.StateOf(label) == state).MaxBy(e => e.At);
        if (set is not null && string.Equals(set.Username, botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var since = set?.At ?? DateTimeOffset.MinValue;
        var words = state == ArState.OnHold ? NewWork : [.. NewWork, .. Assignment];
        return !notes.Any(n => n.System && n.At > since && n.Body is { } body
            && words.Any(w => body.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
    }
}
