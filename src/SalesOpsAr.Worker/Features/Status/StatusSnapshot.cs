namespace SalesOpsAr.Worker.Features.Status;

/// <summary>What the status page shows: the last sweep's board, the team's load, and the service's health.</summary>
public sealed record StatusSnapshot
{
    /// <summary>When the sweep behind this snapshot started.</summary>
    public required DateTimeOffset SweptAt { get; init; }
    public TimeSpan SweepDuration { get; init; }
    public bool DryRun { get; init; }

    /// <summary>GitLab calls the sweep made, and the budget per minute they count against.</summary>
    public long GitLabCalls { get; init; }
    public int CallsPerMinute { get; init; }

    /// <summary>ARs the sweep could not handle.</summary>
    public int Failures { get; init; }

    public IReadOnlyList<StatusCard> Cards { get; init; } = [];
    public IReadOnlyList<TeamLoad> Load { get; init; } = [];

    /// <summary>The GitLab webhook as the sweep last saw it (enabled, disabled until…, not watched).</summary>
    public string Webhook { get; init; } = "not watched";

    /// <summary>Messages waiting per queue (the bus's work and error queues); empty on the in-memory transport.</summary>
    public IReadOnlyDictionary<string, long?> Queues { get; init; } = new Dictionary<string, long?>();

    /// <summary>GitLab's own <c>RateLimit-Remaining</c> on its last answer; null when it sent none.</summary>
    public long? RateLimitRemaining { get; init; }
}
