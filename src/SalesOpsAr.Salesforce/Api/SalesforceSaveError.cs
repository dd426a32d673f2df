namespace SalesOpsAr.Salesforce.Api;

/// <summary>Why Salesforce refused one record: <c>statusCode</c> here (<c>DUPLICATE_USERNAME</c>, <c>LICENSE_LIMIT_EXCEEDED</c>), not <c>errorCode</c>.</summary>
public sealed record SalesforceSaveError
{
    public string? StatusCode { get; init; }
    public string? Message { get; init; }
    public IReadOnlyList<string> Fields { get; init; } = [];
}
