namespace SalesOpsAr.Salesforce.Api;

/// <summary>A <c>PermissionSetLicense</c>: the seats of an add-on (CPQ, …).</summary>
public sealed record SalesforcePermissionSetLicense
{
    public string? MasterLabel { get; init; }
    public string? DeveloperName { get; init; }
    public string? Status { get; init; }
    public int? TotalLicenses { get; init; }
    public int? UsedLicenses { get; init; }
    public DateOnly? ExpirationDate { get; init; }
}
