namespace SalesOpsAr.Salesforce.Api;

/// <summary>A related record read for its name only.</summary>
public sealed record SalesforceNamed
{
    public string? Name { get; init; }
}
