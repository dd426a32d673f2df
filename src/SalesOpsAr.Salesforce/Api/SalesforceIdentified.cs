namespace SalesOpsAr.Salesforce.Api;

/// <summary>A record read for its id and name (a <c>Profile</c>, a <c>UserRole</c>).</summary>
public sealed record SalesforceIdentified
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}
