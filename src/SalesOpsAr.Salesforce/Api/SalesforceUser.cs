namespace SalesOpsAr.Salesforce.Api;

/// <summary>A <c>User</c>, with the licence its profile consumes (<c>Profile.UserLicense.Name</c>).</summary>
public sealed record SalesforceUser
{
    public string? Id { get; init; }
    public string? Username { get; init; }
    public string? Email { get; init; }
    public string? Name { get; init; }
    public bool IsActive { get; init; }
    public DateTimeOffset? LastLoginDate { get; init; }
    public SalesforceProfile? Profile { get; init; }
}
