namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary>What the last check of GitLab found: when, whether it accepts the bot's token, and what it said.</summary>
public sealed record GitLabStatus(GitLabHealth Health, string Detail, DateTimeOffset? At)
{
    public static GitLabStatus NotChecked { get; } = new(GitLabHealth.NotChecked, "not checked yet", null);
}
