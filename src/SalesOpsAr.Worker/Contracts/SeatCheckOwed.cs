namespace SalesOpsAr.Worker.Contracts;

/// <summary>"An AR was picked up": does Salesforce have the seats it needs? If not, it is held with the numbers (#23).</summary>
public sealed record SeatCheckOwed
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>The pickup's change key: the hold note carries it, so a retried check posts no second note.</summary>
    public required string Key { get; init; }

    /// <summary>The triggering event's <c>X-Gitlab-Event-UUID</c>, sent back on the calls.</summary>
    public string? EventUuid { get; init; }
}
