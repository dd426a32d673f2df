using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Tasks;

/// <summary>How many of an AR's task items belong to Sales Ops, and how many of those are ticked.</summary>
public sealed record SalesOpsTaskSummary(int Count, int Completed)
{
    public bool AllDone => Count > 0 && Completed == Count;

    /// <summary>
    /// A task is Sales Ops' when it stands under a Sales Ops heading or names a configured sales system.
    /// </summary>
    public static SalesOpsTaskSummary Of(
        IEnumerable<TaskItem> items, KeywordMatcher systems, IReadOnlyList<string> salesOpsHeadings)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(salesOpsHeadings);
        int count = 0, done = 0;
        foreach (var item in items)
        {
            var underSalesOpsHeading = item.Heading is not null && salesOpsHeadings.Any(
                h => item.Heading.Contains(h, StringComparison.OrdinalIgnoreCase));
            if (underSalesOpsHeading || systems.Matches(item.Text))
            {
                count++;
                done += item.Checked ? 1 : 0;
            }
        }

        return new SalesOpsTaskSummary(count, done);
    }
}
