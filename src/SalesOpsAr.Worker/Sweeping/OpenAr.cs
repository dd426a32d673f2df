using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>An open Sales Ops AR as the sweep saw it, for the daily digest.</summary>
public sealed record OpenAr(long Iid, string Title, string? Url, ArState State, IReadOnlyList<string> TeamAssignees, DateTimeOffset CreatedAt)
{
    /// <summary>The AR's due date; null when none is set.</summary>
    public DateOnly? DueDate { get; init; }
}
