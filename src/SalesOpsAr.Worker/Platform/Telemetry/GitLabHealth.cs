namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary>GitLab as the service sees it.</summary>
public enum GitLabHealth
{
    /// <summary>No token (dry-run from webhook payloads), or no check yet.</summary>
    NotChecked,

    /// <summary>GitLab answers and accepts the token.</summary>
    Accepted,

    /// <summary>GitLab answers 401/403: the token is wrong, revoked, or lacks rights.</summary>
    TokenRefused,

    /// <summary>No answer, or errors (5xx, 429): GitLab is down or throttling.</summary>
    Failing,
}
