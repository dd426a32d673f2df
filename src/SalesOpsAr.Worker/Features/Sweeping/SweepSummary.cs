namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>What one sweep saw and did.</summary>
public sealed record SweepSummary
{
    public int ArsSeen { get; init; }
    public int ArsChanged { get; init; }
    public int ArsFlagged { get; init; }
    public bool DryRun { get; init; }

    /// <summary>Nudges delivered per channel (note, email, slack).</summary>
    public IReadOnlyDictionary<string, int> NudgesSent { get; init; } = new Dictionary<string, int>();

    /// <summary>Channels that failed this sweep (their nudges stay pending).</summary>
    public IReadOnlyList<string> FailedChannels { get; init; } = [];

    public long GitLabCalls { get; init; }
    public TimeSpan Duration { get; init; }

    /// <summary>Whether the daily digest went out with this sweep.</summary>
    public bool DigestSent { get; init; }

    /// <summary>ARs the sweep could not handle (tried again at the next sweep).</summary>
    public IReadOnlyList<SweepFailure> Failures { get; init; } = [];

    /// <summary>One line per flagged AR: what was (or would be) said, and why.</summary>
    public IReadOnlyList<string> Flagged { get; init; } = [];
}
