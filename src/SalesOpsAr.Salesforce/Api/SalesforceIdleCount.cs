namespace SalesOpsAr.Salesforce.Api;

/// <summary>An <c>AggregateResult</c> row: a licence and how many of its active users are idle.</summary>
public sealed record SalesforceIdleCount
{
    public string? Licence { get; init; }
    public int? Idle { get; init; }
}
