namespace SalesOpsAr.Salesforce.Api;

/// <summary>A <c>UserLicense</c>: the seats of a user licence (<c>Salesforce</c>, <c>Salesforce Platform</c>, …).</summary>
public sealed record SalesforceUserLicense
{
    public string? Name { get; init; }
    public string? MasterLabel { get; init; }
    public string? Status { get; init; }
    public int? TotalLicenses { get; init; }
    public int? UsedLicenses { get; init; }
}
