namespace SalesOpsAr.Worker.Contracts;

/// <summary>Whom a notice (or one of its items) is for; each channel works out its own addresses from it.</summary>
public sealed record Audience
{
    /// <summary>The team's channel (Slack).</summary>
    public bool TeamChannel { get; init; }

    /// <summary>The team's shared addresses (<c>Notifications:Email:Team</c>).</summary>
    public bool TeamInbox { get; init; }

    /// <summary>GitLab usernames: each reached at their own address, else at the team's.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    public bool IsEmpty => !TeamChannel && !TeamInbox && People.Count == 0;
}
