using System.Text;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>Renders a plan as the one note the bot leaves on the AR: what changed, why, and whom it CCs.</summary>
public static class PlanNote
{
    /// <summary>Hidden marker that opens every bot note, so the bot can find its own notes again.</summary>
    public const string MarkerPrefix = "<!-- salesops-ar-bot";

    /// <summary>How a change key reads in the marker (<c>key=…</c>): letters, digits and '-' only, so it cannot end the comment.</summary>
    public static string KeyOf(string changeKey) =>
        "key=" + new string(changeKey.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(40).ToArray());

    /// <param name="changeKey">Names the change (the triggering delivery), so a retry can find the note an earlier
    /// attempt may already have posted; null when no retry can follow (a sweep).</param>
    public static string? Render(Plan plan, string? changeKey = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Reasons.Count == 0 && plan.Cc.Count == 0)
        {
            return null;
        }

        var note = new StringBuilder();
        note.Append("**Sales Ops AR bot:** ").AppendJoin(' ', plan.Reasons);
        if (plan.Cc.Count > 0)
        {
            note.Append("\n\ncc ").AppendJoin(' ', plan.Cc.Select(u => "@" + u));
        }

        note.Append("\n\n").Append(MarkerPrefix).Append(" reconcile");
        if (plan.To is { } to)
        {
            note.Append(" to=").Append(to);
        }

        if (plan.Cc.Count > 0)
        {
            note.Append(" cc=").AppendJoin(',', plan.Cc);
        }

        if (changeKey is not null)
        {
            note.Append(' ').Append(KeyOf(changeKey));
        }

        note.Append(" -->");
        return NoteText.Guard(note.ToString());
    }
}
