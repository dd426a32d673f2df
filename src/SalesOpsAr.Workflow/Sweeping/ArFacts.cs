using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>What the flag rules need to know about one open AR, gathered by the sweep.</summary>
public sealed record ArFacts
{
    public required ArState State { get; init; }

    /// <summary>When the AR entered its state (label events); the bot's edits do not move it.</summary>
    public required DateTimeOffset StateSince { get; init; }

    /// <summary>The last change or note by a person (anyone but the bot).</summary>
    public required DateTimeOffset LastPersonActivity { get; init; }

    /// <summary>Assignees who are on the Sales Ops team.</summary>
    public IReadOnlyList<string> TeamAssignees { get; init; } = [];

    /// <summary>Out-of-office readings of the team assignees.</summary>
    public IReadOnlyDictionary<string, OutOfOffice> Absent { get; init; } = new Dictionary<string, OutOfOffice>();

    /// <summary>The bot's earlier nudges on this AR.</summary>
    public IReadOnlyList<NudgeMarker> Markers { get; init; } = [];
}
