using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>What the rules want done to one AR: label edits, whom to CC, and why.</summary>
public sealed record Plan
{
    public static Plan Nothing { get; } = new();

    /// <summary>The rules cannot decide the CC without the AR's notes: read them and decide again.</summary>
    public static Plan NotesRequired { get; } = new() { NeedsNotes = true };

    public ArState? From { get; init; }
    public ArState? To { get; init; }
    public IReadOnlyList<string> AddLabels { get; init; } = [];
    public IReadOnlyList<string> RemoveLabels { get; init; } = [];

    /// <summary>DRIs to mention (usernames, no @); non-empty only for a new AR not yet CC'd.</summary>
    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>One short sentence per change, for the note on the AR and for the log.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public bool NeedsNotes { get; init; }

    public bool ChangesLabels => AddLabels.Count > 0 || RemoveLabels.Count > 0;

    public bool IsEmpty => !ChangesLabels && Cc.Count == 0 && !NeedsNotes;
}
