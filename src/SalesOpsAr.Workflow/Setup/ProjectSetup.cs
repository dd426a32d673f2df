using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Workflow.Setup;

/// <summary>
/// The labels and the board the handbook's workflow runs on, and what to do to get them from what a project has:
/// the four states, the opt-out label and the hold labels with the handbook's descriptions and colours, and a board
/// "Sales Ops Access Requests" with a list per state, in order. Never deletes or renames anything.
/// </summary>
public static class ProjectSetup
{
    public const string BoardName = "Sales Ops Access Requests";

    public static IReadOnlyList<LabelSpec> Labels(WorkflowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var labels = new List<LabelSpec>
        {
            new(StateLabels.ActionNeeded, "#dc143c", "Sales Ops action item is immediate or within current FQ."),
            new(StateLabels.InProgress, "#1f75cb", "Sales Ops action item is presently being worked on."),
            new(StateLabels.OnHold, "#e9be74", "SalesOps AR that is blocked or not presently w/in scope of work."),
            new(StateLabels.Completed, "#108548", "Sales Ops has completed their task on this issue although the issue may not be closed."),
        };
        if (!string.IsNullOrWhiteSpace(settings.NotNeededLabel))
        {
            labels.Add(new(settings.NotNeededLabel, "#868686", "No Sales Ops action on this AR: the Sales Ops AR bot leaves it alone (no state, no nudges)."));
        }

        foreach (var hold in settings.HoldLabels)
        {
            labels.Add(new(hold.Label, "#fc9403", $"A reason a Sales Ops AR is On Hold: {hold.Reason}."));
            if (hold.ReleasedBy is { } release)
            {
                labels.Add(new(release, "#2da160", $"Releases a Sales Ops AR held by {hold.Label}."));
            }
        }

        return [.. labels.DistinctBy(l => LabelKey.Of(l.Name))];
    }

    /// <param name="board">The board's label lists left to right, or null when the project has no board of that name.</param>
    public static IReadOnlyList<SetupStep> Plan(IReadOnlyList<LabelSpec> wanted, IReadOnlyList<ExistingLabel> existing, IReadOnlyList<string>? board)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(existing);
        var steps = new List<SetupStep>();
        foreach (var label in wanted)
        {
            var have = existing.FirstOrDefault(e => string.Equals(e.Name, label.Name, StringComparison.Ordinal))
                ?? existing.FirstOrDefault(e => LabelKey.Of(e.Name) == LabelKey.Of(label.Name));
            steps.Add(have switch
            {
                null => new(SetupAction.CreateLabel, label.Name, label),
                { OfGroup: true } => new(SetupAction.KeepGroupLabel, have.Name, label, have.Id),
                _ when !SameColor(have.Color, label.Color) || (have.Description ?? "") != label.Description => new(SetupAction.UpdateLabel, have.Name, label, have.Id),
                _ => new(SetupAction.UpToDate, have.Name, label, have.Id),
            });
        }

        if (board is null)
        {
            steps.Add(new(SetupAction.CreateBoard, BoardName));
        }

        var lists = board ?? [];
        foreach (var state in StateLabels.All.Select(StateLabels.Title))
        {
            if (!lists.Any(l => LabelKey.Of(l) == LabelKey.Of(state)))
            {
                steps.Add(new(SetupAction.AddList, state));
            }
        }

        var order = lists.Select(l => StateLabels.All.Select(StateLabels.Title).ToList().FindIndex(s => LabelKey.Of(s) == LabelKey.Of(l))).Where(i => i >= 0).ToList();
        if (!order.SequenceEqual(order.Order()))
        {
            steps.Add(new(SetupAction.ListsOutOfOrder, BoardName));
        }
        else if (board is not null && steps.All(s => s.Action != SetupAction.AddList))
        {
            steps.Add(new(SetupAction.UpToDate, BoardName));
        }

        return steps;
    }

    private static bool SameColor(string? a, string b) => string.Equals(a?.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
