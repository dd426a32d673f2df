using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Workflow.History;

/// <summary>
/// What an AR's label events and notes say: when it entered its state, when Sales Ops (the team, the DRIs, its team
/// assignees) last acted on it, whether someone else's comment waits for an answer since, and what the bot already
/// said. Neither the bot's own notes and label edits nor anyone else's comments move the team's clock.
/// </summary>
public sealed record ArHistory(
    DateTimeOffset StateSince,
    DateTimeOffset LastTeamActivity,
    DateTimeOffset? WaitingSince,
    string? WaitingOn,
    IReadOnlyList<NudgeNote> NudgeNotes)
{
    public IReadOnlyList<NudgeMarker> Markers => [.. NudgeNotes.SelectMany(n => n.Markers)];

    /// <summary>When the latest snooze of the AR's nudges ends (a person's click in Slack, recorded by the bot's note); null: none.</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>Each label's last addition (by name, any case): when an SFDC-licence hold was set, and by whom.</summary>
    public IReadOnlyDictionary<string, LabelAdded> LastAdded { get; init; } = new Dictionary<string, LabelAdded>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nudge notes whose email or Slack did not go out yet.</summary>
    public IEnumerable<NudgeNote> Pending => NudgeNotes.Where(n => n.Pending.Count > 0);

    /// <param name="state">The AR's state now; its clock starts at the last event that added a label of it (any spelling).</param>
    /// <param name="createdAt">When the AR was opened: the clocks' start when nothing later is known.</param>
    /// <param name="team">Sales Ops: the team, the DRIs and the AR's team assignees (usernames).</param>
    public static ArHistory Of(
        ArState state, DateTimeOffset createdAt, IEnumerable<LabelEvent> labelEvents, IEnumerable<ArNote> notes,
        string botUsername, LabelCatalog labels, IReadOnlySet<string> team)
    {
        ArgumentNullException.ThrowIfNull(labelEvents);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(team);
        var events = labelEvents.ToList();
        var all = notes.ToList();
        var stateSince = events
            .Where(e => e.Added && e.Label is { } label && labels.StateOf(label) == state)
            .Select(e => e.At)
            .DefaultIfEmpty(createdAt)
            .Max();
        var lastTeam = all.Where(n => n.Author is { } a && team.Contains(a)).Select(n => n.At)
            .Concat(events.Where(e => e.Username is { } u && team.Contains(u)).Select(e => e.At))
            .Append(createdAt)
            .Max();
        var waiting = all
            .Where(n => !n.System && n.At > lastTeam && n.Author is { Length: > 0 } a && !team.Contains(a) && !IsBot(a, botUsername))
            .OrderBy(n => n.At)
            .FirstOrDefault();
        var nudgeNotes = all
            .Where(n => n.Author is { } a && IsBot(a, botUsername) && !n.System)
            .Select(n => NudgeNote.Parse(n.Body, n.At, n.Id))
            .OfType<NudgeNote>()
            .ToList();
        var lastAdded = new Dictionary<string, LabelAdded>(StringComparer.OrdinalIgnoreCase);
        foreach (var added in events.Where(e => e.Added && e.Label is not null).OrderBy(e => e.At))
        {
            lastAdded[added.Label!] = new LabelAdded(added.At, added.Username is { } u && IsBot(u, botUsername));
        }

        var snoozedUntil = all.Where(n => n.Author is { } a && IsBot(a, botUsername) && !n.System)
            .Select(n => Sweeping.SnoozeMarker.In(n.Body)).Max();
        return new ArHistory(stateSince, lastTeam, waiting?.At, waiting?.Author, nudgeNotes) { LastAdded = lastAdded, SnoozedUntil = snoozedUntil };
    }

    private static bool IsBot(string username, string botUsername) => string.Equals(username, botUsername, StringComparison.OrdinalIgnoreCase);
}
