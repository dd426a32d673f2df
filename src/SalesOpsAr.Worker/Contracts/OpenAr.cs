using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Contracts;

/// <summary>An open Sales Ops AR as the sweep saw it, for the daily digest.</summary>
public sealed record OpenAr(long Iid, string Title, string? Url, ArState State, IReadOnlyList<string> TeamAssignees, DateTimeOffset CreatedAt)
{
    /// <summary>The AR's project (0 when not said).</summary>
    public long ProjectId { get; init; }

    /// <summary>The AR's due date; null when none is set.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Why it is held (a hold label's reason); null when no hold label says.</summary>
    public string? HoldReason { get; init; }

    /// <summary>On the SFDC-licence hold: since when, and what it asks; null otherwise.</summary>
    public SeatWait? SeatWait { get; init; }

    /// <summary>The flags raised on it at the sweep (whether or not a nudge was due then).</summary>
    public IReadOnlyList<Workflow.Sweeping.FlagKind> Flags { get; init; } = [];
}
