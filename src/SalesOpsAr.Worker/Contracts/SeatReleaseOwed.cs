namespace SalesOpsAr.Worker.Contracts;

/// <summary>"A seat is free for this AR": the sweep found it first in line whose need fits; the hold label goes, with a note (#23).</summary>
public sealed record SeatReleaseOwed
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>The licence its need was short of (the first it needs), and its counts when the sweep read them.</summary>
    public required string Licence { get; init; }
    public int Used { get; init; }
    public int Total { get; init; }

    /// <summary>Seats of that licence it needs now; 0 when its people have Salesforce users meanwhile.</summary>
    public int SeatsNeeded { get; init; } = 1;

    /// <summary>When the hold was set: the note says it, and it keys the note (one per hold).</summary>
    public required DateTimeOffset HeldSince { get; init; }

    /// <summary>Its place in the line at the sweep (1: first).</summary>
    public int Position { get; init; }
}
