using System.Text;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>
/// The one note a sweep leaves on an AR for its due nudges: a sentence per nudge, then a hidden marker per
/// nudge. The markers are the bot's memory (what it said, when, and which channels still owe it); the text is
/// for people and may be left out (<c>Notifications:GitLabNotes=false</c>) without losing the memory.
/// </summary>
public sealed record NudgeNote(long NoteId, DateTimeOffset At, string Text, IReadOnlyList<NudgeMarker> Markers)
{
    public const string Lead = "**Sales Ops AR bot:** ";

    /// <summary>A new note for the nudges due now, every channel in <paramref name="pending"/> still owed.</summary>
    public static NudgeNote For(IReadOnlyList<DueNudge> nudges, IReadOnlyList<string> pending, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(nudges);
        return new NudgeNote(0, at, string.Join(' ', nudges.Select(n => n.Sentence)),
            [.. nudges.Select(n => new NudgeMarker(n.Flag, n.Number, n.Escalation, at, 0, pending))]);
    }

    /// <summary>The channels still owed: the same for every marker of a note, since one sweep sent them all.</summary>
    public IReadOnlyList<string> Pending => Markers.Count > 0 ? Markers[0].Pending : [];

    /// <summary>The note's body: the text for people (when it has one), then the markers.</summary>
    public string Render()
    {
        var note = new StringBuilder();
        if (Text.Length > 0)
        {
            note.Append(Lead).Append(Text).Append("\n\n");
        }

        note.AppendJoin('\n', Markers.Select(m => m.Render()));
        return NoteText.Guard(note.ToString());
    }

    /// <summary>The same memory without the text (<c>Notifications:GitLabNotes=false</c>): nobody is mentioned on the AR.</summary>
    public NudgeNote Stripped() => this with { Text = "" };

    public NudgeNote WithPending(IReadOnlyList<string> pending) =>
        this with { Markers = [.. Markers.Select(m => m.WithPending(pending))] };

    /// <summary>A nudge note read back from GitLab, or null when the body holds no nudge marker.</summary>
    public static NudgeNote? Parse(string? body, DateTimeOffset at, long noteId)
    {
        var markers = NudgeMarker.Parse(body, at, noteId).ToList();
        if (markers.Count == 0)
        {
            return null;
        }

        var text = "";
        var lead = body!.IndexOf(Lead, StringComparison.Ordinal);
        var firstMarker = body.IndexOf(NudgeMarker.Opening, StringComparison.Ordinal);
        if (lead >= 0 && lead < firstMarker)
        {
            text = body[(lead + Lead.Length)..firstMarker].Trim();
        }

        return new NudgeNote(noteId, at, text, markers);
    }
}
