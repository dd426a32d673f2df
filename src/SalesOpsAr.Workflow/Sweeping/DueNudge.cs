namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>A nudge the sweep owes now: which flag, which reminder, whom it mentions, and the sentence.</summary>
public sealed record DueNudge(
    FlagKind Flag,
    int Number,
    bool Escalation,
    NudgeAudience Audience,
    IReadOnlyList<string> Mentions,
    string Sentence,
    double BusinessDays);
