namespace SalesOpsAr.Scim;

/// <summary>A SCIM <c>User</c> as read back: what the bot needs of it (RFC 7643 §4.1).</summary>
public sealed record ScimUser
{
    public required string Id { get; init; }
    public required string UserName { get; init; }
    public bool Active { get; init; }

    /// <summary>The resource's version (its <c>ETag</c>, or <c>meta.version</c>), for <c>If-Match</c>; null when the service keeps none.</summary>
    public string? Version { get; init; }
}
