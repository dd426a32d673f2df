namespace SalesOpsAr.GitLab.Api;

/// <summary>A project webhook as <c>GET /projects/:id/hooks/:hook_id</c> returns it.</summary>
public sealed record GitLabHook
{
    public long Id { get; init; }
    public string? Url { get; init; }

    /// <summary><c>executable</c>, <c>temporarily_disabled</c> or <c>disabled</c> (GitLab 17.11+).</summary>
    public string? AlertStatus { get; init; }

    /// <summary>Until when GitLab holds back deliveries after failures (set for a temporary disable).</summary>
    public DateTimeOffset? DisabledUntil { get; init; }

    /// <summary>
    /// GitLab sends nothing: its alert status says so, or <see cref="DisabledUntil"/> is still ahead (whatever the
    /// status reads: versions and proxies differ in what they fill in).
    /// </summary>
    public bool IsDisabledAt(DateTimeOffset now) => AlertStatus is "disabled" or "temporarily_disabled" || DisabledUntil > now;
}
