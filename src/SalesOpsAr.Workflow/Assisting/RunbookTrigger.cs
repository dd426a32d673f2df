using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tasks;

namespace SalesOpsAr.Workflow.Assisting;

/// <summary>When the runbook note is owed: an AR entering In Progress (the bot's move or a person's), or a team member asking for it.</summary>
public static class RunbookTrigger
{
    /// <summary>The word that asks for the runbook after the bot's mention: <c>@salesops-ar-bot runbook</c>.</summary>
    public const string Command = "runbook";

    /// <summary>
    /// What the runbook note is owed once <paramref name="plan"/> is applied to an AR: nothing on a closed AR; the note
    /// when a team member asked for it or the AR enters In Progress; else, when Sales Ops' tasks changed on a bulk AR
    /// (more than one person, counted only then), its progress line.
    /// </summary>
    public static RunbookDuty Duty(Plan plan, ArHints hints, LabelCatalog labels, bool isOpen, Func<int> people)
    {
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(people);
        if (!isOpen)
        {
            return RunbookDuty.None;
        }

        if (hints.RunbookAsked || EntersInProgress(plan, hints, labels))
        {
            return RunbookDuty.Post;
        }

        return hints.TaskChange != TaskChange.None && people() > 1 ? RunbookDuty.UpdateProgress : RunbookDuty.None;
    }

    /// <summary>The plan moves the AR into In Progress, or the event put the In Progress label on it.</summary>
    public static bool EntersInProgress(Plan plan, ArHints hints, LabelCatalog labels)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(labels);
        if (plan.To is { } to)
        {
            return to == ArState.InProgress && plan.From != ArState.InProgress;
        }

        return hints.LabelsAdded.Any(l => labels.StateOf(l) == ArState.InProgress)
            && !plan.AddLabels.Any(l => labels.StateOf(l) is { } s && s != ArState.InProgress);
    }

    /// <summary>
    /// A note asks for the runbook: a line that is the bot's mention followed by <see cref="Command"/> (any case,
    /// surrounding spaces allowed). Line by line, string operations only.
    /// </summary>
    public static bool IsAsked(string? note, string botUsername)
    {
        if (string.IsNullOrEmpty(note) || string.IsNullOrEmpty(botUsername))
        {
            return false;
        }

        var mention = "@" + botUsername;
        foreach (var raw in note.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith(mention, StringComparison.OrdinalIgnoreCase)
                && line[mention.Length..].Trim().Equals(Command, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
