namespace SalesOpsAr.Salesforce.Api;

/// <summary>A user's <c>Profile</c>, as a relationship field: its name and the licence it consumes.</summary>
public sealed record SalesforceProfile
{
    public string? Name { get; init; }
    public SalesforceNamed? UserLicense { get; init; }
}
