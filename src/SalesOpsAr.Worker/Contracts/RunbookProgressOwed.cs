namespace SalesOpsAr.Worker.Contracts;

/// <summary>"A bulk AR's Sales Ops tasks changed": its runbook note's progress per person is brought up to date (an edit, no new note).</summary>
public sealed record RunbookProgressOwed
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>The triggering event's <c>X-Gitlab-Event-UUID</c>, sent back on the calls.</summary>
    public string? EventUuid { get; init; }
}
