namespace SalesOpsAr.Workflow.Tasks;

/// <summary>A description as the rules read it: its task items and its headings.</summary>
/// <param name="Unread">Longer than GitLab allows: not read at all, so it has neither.</param>
public sealed record TaskList(IReadOnlyList<TaskItem> Items, IReadOnlyList<Heading> Headings, bool Unread = false)
{
    public static TaskList Empty { get; } = new([], []);
}
