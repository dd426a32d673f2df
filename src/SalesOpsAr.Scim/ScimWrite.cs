namespace SalesOpsAr.Scim;

/// <summary>A write's outcome, the user when the service returned one, and the service's own words when refused.</summary>
public sealed record ScimWrite(ScimWriteOutcome Outcome, ScimUser? User = null, string? Detail = null);
