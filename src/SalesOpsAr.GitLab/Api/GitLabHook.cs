namespace SalesOpsAr.GitLab.Api;

/// <summary>A project webhook as <c>GET /projects/:id/hooks/:hook_id</c> returns it.</summary>
public sealed record GitLabHook
{
    public long Id { get; init; }
    public string? Url { get; init; }

    /// <summary><c>executable</c>, <c>temporarily_disabled</c> or <c>disabled</c> (GitLab 17.11+).</summary>
    public string? AlertStatus { get; init; }

    public DateTimeOffset? DisabledUntil { get; init; }

    public bool IsDisabled => AlertStatus is "disabled" or "temporarily_disabled";
}
