using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Tasks;

/// <summary>
/// Tells whose tasks an AR's checkboxes are. A section belongs to the nearest enclosing heading that names a team:
/// a Sales Ops word makes it Sales Ops' (with every sub-heading under it, such as <c>#### Chorus</c>); a team marker
/// (<c>to-do</c>) without one makes it another team's, whatever its tasks name. Outside any team's section a task is
/// Sales Ops' when it names a configured sales system.
/// </summary>
public sealed class SalesOpsTasks(WorkflowSettings settings)
{
    private readonly KeywordMatcher _systems = new(settings.SalesSystems);

    public TaskOwner OwnerOf(TaskItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        for (var i = item.Sections.Count - 1; i >= 0; i--)
        {
            var heading = item.Sections[i].Text;
            if (IsSalesOpsHeading(heading))
            {
                return TaskOwner.SalesOps;
            }

            if (settings.TeamSectionMarkers.Any(m => heading.Contains(m, StringComparison.OrdinalIgnoreCase)))
            {
                return TaskOwner.OtherTeam;
            }
        }

        return _systems.Matches(item.Text) ? TaskOwner.SalesOps : TaskOwner.Nobody;
    }

    public SalesOpsTaskSummary Summarize(TaskList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var ours = list.Items.Where(i => OwnerOf(i) == TaskOwner.SalesOps).ToList();
        return ours.Count == 0 ? SalesOpsTaskSummary.None : new(ours.Count, ours.Count(i => i.Checked), [.. ours.Where(i => !i.Checked)]);
    }

    /// <summary>A description makes an AR Sales Ops' with a Sales Ops section or a Sales Ops task; a system named in prose does not.</summary>
    public bool AreSalesOps(TaskList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Headings.Any(h => IsSalesOpsHeading(h.Text)) || list.Items.Any(i => OwnerOf(i) == TaskOwner.SalesOps);
    }

    /// <summary>How an edit from <paramref name="before"/> to <paramref name="after"/> changed Sales Ops' tasks.</summary>
    public TaskChange Change(TaskList before, TaskList after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var was = Tally(before);
        var now = Tally(after);
        if (now.Any(kv => kv.Key.Open && kv.Value > was.GetValueOrDefault(kv.Key)))
        {
            return TaskChange.Reopened;
        }

        return was.Count == now.Count && was.All(kv => now.GetValueOrDefault(kv.Key) == kv.Value) ? TaskChange.None : TaskChange.Changed;
    }

    private bool IsSalesOpsHeading(string heading) =>
        settings.SalesOpsHeadings.Any(w => heading.Contains(w, StringComparison.OrdinalIgnoreCase));

    private Dictionary<(string Text, bool Open), int> Tally(TaskList list) =>
        list.Items.Where(i => OwnerOf(i) == TaskOwner.SalesOps)
            .GroupBy(i => (i.Text, Open: !i.Checked))
            .ToDictionary(g => g.Key, g => g.Count());
}
