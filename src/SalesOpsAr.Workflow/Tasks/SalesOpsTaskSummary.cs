namespace SalesOpsAr.Workflow.Tasks;

/// <summary>Sales Ops' tasks of an AR: how many, how many ticked, and which are open.</summary>
public sealed record SalesOpsTaskSummary(int Count, int Completed, IReadOnlyList<TaskItem> Open)
{
    public static SalesOpsTaskSummary None { get; } = new(0, 0, []);

    public bool AllDone => Count > 0 && Completed == Count;
}
