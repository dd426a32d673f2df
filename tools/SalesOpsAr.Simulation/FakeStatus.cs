namespace SalesOpsAr.Simulation;

/// <summary>A user's GitLab status, as <c>GET /users/:id/status</c> returns it.</summary>
public sealed record FakeStatus(string? Availability = "not_set", string? Message = null, string? Emoji = null, DateTimeOffset? ClearStatusAt = null);
