namespace SalesOpsAr.Salesforce.Api;

/// <summary>Every user licence and permission-set licence of the org, read in one call.</summary>
public sealed record SalesforceSeats(IReadOnlyList<SalesforceUserLicense> UserLicenses, IReadOnlyList<SalesforcePermissionSetLicense> PermissionSetLicenses);
