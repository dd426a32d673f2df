namespace SalesOpsAr.Simulation;

/// <summary>A SCIM <c>User</c> held by <see cref="FakeScim"/>; its version moves on with every change (the ETag).</summary>
public sealed record FakeScimUser(string Id, string UserName, string? GivenName, string? FamilyName, string? Email, bool Active, int Version, DateTimeOffset Created);
