using System.Text;

namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>Renders a plan as the one note the bot leaves on the AR: what changed, why, and whom it CCs.</summary>
public static class PlanNote
{
    /// <summary>Hidden marker that opens every bot note, so the bot can find its own notes again.</summary>
    public const string MarkerPrefix = "<!-- salesops-ar-bot";

    public static string? Render(Plan plan)
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

        note.Append(" -->");
        return note.ToString();
    }
}
