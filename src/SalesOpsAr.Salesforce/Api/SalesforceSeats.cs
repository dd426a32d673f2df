namespace SalesOpsAr.Salesforce.Api;

/// <summary>
/// Every user licence and permission-set licence of the org, read in one call; with them, when asked, the profiles'
/// licences, the users behind some addresses, and the idle users counted per licence (<see cref="SalesforceSeatQuery"/>).
/// </summary>
public sealed record SalesforceSeats(IReadOnlyList<SalesforceUserLicense> UserLicenses, IReadOnlyList<SalesforcePermissionSetLicense> PermissionSetLicenses)
{
    /// <summary>Every profile with the licence it consumes (<c>Profile.UserLicense.Name</c>).</summary>
    public IReadOnlyList<SalesforceProfile> Profiles { get; init; } = [];

    /// <summary>The users whose <c>Email</c> is one of the addresses asked about, active or not.</summary>
    public IReadOnlyList<SalesforceUser> Users { get; init; } = [];

    /// <summary>Active users who have not logged in for the idle days (or never), counted per licence.</summary>
    public IReadOnlyList<SalesforceIdleCount> Idle { get; init; } = [];
}
