namespace SalesOpsAr.Salesforce.Api;

/// <summary>A query's batch: <c>done</c> false means <c>nextRecordsUrl</c> gives the next.</summary>
public sealed record SalesforceQueryResult<T>
{
    public int TotalSize { get; init; }
    public bool Done { get; init; }
    public string? NextRecordsUrl { get; init; }
    public IReadOnlyList<T> Records { get; init; } = [];
}
