namespace SalesOpsAr.Workflow.Absence;

/// <summary>What GitLab says about a user: the status (<c>GET /users/:id/status</c>) and the display name.</summary>
public sealed record UserStatusFacts(
    string Username,
    string? DisplayName = null,
    string? Availability = null,
    string? Message = null,
    string? Emoji = null,
    DateTimeOffset? ClearStatusAt = null);
