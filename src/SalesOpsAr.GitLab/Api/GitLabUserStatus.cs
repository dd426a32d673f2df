namespace SalesOpsAr.GitLab.Api;

/// <summary><c>GET /users/:id/status</c>.</summary>
public sealed record GitLabUserStatus
{
    public string? Emoji { get; init; }
    public string? Message { get; init; }

    /// <summary><c>not_set</c> or <c>busy</c>.</summary>
    public string? Availability { get; init; }

    public DateTimeOffset? ClearStatusAt { get; init; }
}
