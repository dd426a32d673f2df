using System.Text;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>The one note a sweep leaves on an AR for its due nudges, with a hidden marker per nudge.</summary>
public static class NudgeNote
{
    public static string Render(IReadOnlyList<DueNudge> nudges, IReadOnlyList<string> pendingChannels, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(nudges);
        var note = new StringBuilder("**Sales Ops AR bot:** ").AppendJoin(' ', nudges.Select(n => n.Sentence)).Append("\n\n");
        foreach (var nudge in nudges)
        {
            note.Append(new NudgeMarker(nudge.Flag, nudge.Number, nudge.Escalation, at, 0, pendingChannels).Render()).Append('\n');
        }

        return note.ToString().TrimEnd('\n');
    }
}
