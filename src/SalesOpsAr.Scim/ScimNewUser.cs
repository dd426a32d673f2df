namespace SalesOpsAr.Scim;

/// <summary>A user to create: its <c>userName</c> (the person's address), names and e-mail.</summary>
public sealed record ScimNewUser
{
    public required string UserName { get; init; }
    public string? GivenName { get; init; }
    public required string FamilyName { get; init; }
    public required string Email { get; init; }
}
