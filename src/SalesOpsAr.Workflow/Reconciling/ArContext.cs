namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>
/// What the rules may need beyond the issue and the event, read from GitLab only when a plan asks for it
/// (<see cref="Plan.Needs"/>): who the notes mention, and whether the current state is a person's decision that
/// nothing new has happened since.
/// </summary>
public sealed record ArContext
{
    public static ArContext None { get; } = new();

    /// <summary>Usernames mentioned in the AR's notes; null when not read.</summary>
    public IReadOnlySet<string>? MentionedInNotes { get; init; }

    /// <summary>
    /// True when a person (not the bot) set the current state and no new work (assignment, task change, reopen)
    /// followed; false when the bot set it or new work followed; null when not read.
    /// </summary>
    public bool? DecisionStands { get; init; }

    /// <summary>
    /// True when a verification found an account missing (#24): all of Sales Ops' tasks ticked do not complete the AR
    /// until one finds everything, or a person sets Completed.
    /// </summary>
    public bool CompletionWithheld { get; init; }
}
