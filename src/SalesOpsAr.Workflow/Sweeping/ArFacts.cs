using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>What the flag rules need to know about one open AR, gathered by the sweep.</summary>
public sealed record ArFacts
{
    public required ArState State { get; init; }

    /// <summary>When the AR entered its state (label events); the bot's edits do not move it.</summary>
    public required DateTimeOffset StateSince { get; init; }

    /// <summary>The last comment, label change or ticked task by Sales Ops: the team, the DRIs, the AR's team assignees.</summary>
    public required DateTimeOffset LastTeamActivity { get; init; }

    /// <summary>When someone outside Sales Ops (the requester asking "any update?") first commented since; null when nobody did.</summary>
    public DateTimeOffset? WaitingSince { get; init; }

    /// <summary>Who that was.</summary>
    public string? WaitingOn { get; init; }

    /// <summary>Assignees who are on the Sales Ops team.</summary>
    public IReadOnlyList<string> TeamAssignees { get; init; } = [];

    /// <summary>Out-of-office readings of the team assignees and the DRIs.</summary>
    public IReadOnlyDictionary<string, OutOfOffice> Absent { get; init; } = new Dictionary<string, OutOfOffice>();

    /// <summary>The AR's due date; null when none is set.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The bot's earlier nudges on this AR.</summary>
    public IReadOnlyList<NudgeMarker> Markers { get; init; } = [];

    /// <summary>No nudge about the AR before this (a person snoozed it from Slack); null: not snoozed.</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }
}
