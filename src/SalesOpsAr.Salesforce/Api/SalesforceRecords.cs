namespace SalesOpsAr.Salesforce.Api;

/// <summary>A query's records, read to a bound: <see cref="Complete"/> is false when Salesforce had more than were read.</summary>
public sealed record SalesforceRecords<T>(IReadOnlyList<T> Records, int TotalSize, bool Complete);
