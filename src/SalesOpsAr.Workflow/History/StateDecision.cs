using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Workflow.History;

/// <summary>
/// Whether the AR's current state is a person's decision that still stands (Rule 4): a person, not the bot, added
/// its label last, and no new work followed (an assignment, a task ticked or added, a description edit, a reopen).
/// A state label older than the AR's history counts as a person's, made before anything in it.
/// </summary>
public static class StateDecision
{
    // GitLab's system notes for the changes that count as new work ("marked the task" is how GitLab before 15.x said it).
    private static readonly string[] NewWork = ["assigned to", "unassigned", "marked the checklist item", "marked the task", "changed the description", "reopened"];

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
        return !notes.Any(n => n.System && n.At > since && n.Body is { } body
            && NewWork.Any(w => body.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
    }
}
