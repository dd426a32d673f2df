using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>
/// What an AR's label events and notes say: when it entered its state, when a person last acted on it, and
/// what the bot already said (its nudge notes). The bot's own notes and label edits never move either clock.
/// </summary>
public sealed record ArHistory(DateTimeOffset StateSince, DateTimeOffset LastPersonActivity, IReadOnlyList<NudgeNote> NudgeNotes)
{
    public IReadOnlyList<NudgeMarker> Markers => [.. NudgeNotes.SelectMany(n => n.Markers)];

    /// <summary>Nudge notes whose email or Slack did not go out yet.</summary>
    public IEnumerable<NudgeNote> Pending => NudgeNotes.Where(n => n.Pending.Count > 0);

    /// <param name="state">The AR's state now; the clock starts at the last event that added a label of it (any spelling).</param>
    /// <param name="createdAt">When the AR was opened: the clocks' start when nothing later is known.</param>
    public static ArHistory Of(
        ArState state, DateTimeOffset createdAt, IEnumerable<LabelEvent> labelEvents, IEnumerable<ArNote> notes, string botUsername, LabelCatalog labels)
    {
        ArgumentNullException.ThrowIfNull(labelEvents);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(labels);
        bool ByPerson(string? username) => username is { Length: > 0 } && !string.Equals(username, botUsername, StringComparison.OrdinalIgnoreCase);

        var events = labelEvents.ToList();
        var all = notes.ToList();
        var stateSince = events
            .Where(e => e.Added && e.Label is { } label && labels.StateOf(label) == state)
            .Select(e => e.At)
            .DefaultIfEmpty(createdAt)
            .Max();
        var lastPerson = all.Where(n => ByPerson(n.Author)).Select(n => n.At)
            .Concat(events.Where(e => ByPerson(e.Username)).Select(e => e.At))
            .Append(createdAt)
            .Max();
        var nudgeNotes = all
            .Where(n => n.Author is { Length: > 0 } && !ByPerson(n.Author) && !n.System)
            .Select(n => NudgeNote.Parse(n.Body, n.At, n.Id))
            .OfType<NudgeNote>()
            .ToList();
        return new ArHistory(stateSince, lastPerson, nudgeNotes);
    }
}
