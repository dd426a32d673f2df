namespace SalesOpsAr.Salesforce.Api;

/// <summary>One record's result in an sObject Collections answer, in the records' order.</summary>
public sealed record SalesforceSaveResult
{
    public string? Id { get; init; }
    public bool Success { get; init; }
    public IReadOnlyList<SalesforceSaveError> Errors { get; init; } = [];
}
