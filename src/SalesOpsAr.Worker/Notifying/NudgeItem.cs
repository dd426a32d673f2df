using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Notifying;

/// <summary>One nudge about one AR, as the email and Slack channels list it.</summary>
public sealed record NudgeItem(
    long ProjectId,
    long Iid,
    string Title,
    string? Url,
    FlagKind Flag,
    bool Escalation,
    NudgeAudience Audience,
    IReadOnlyList<string> People,
    string Sentence,
    long NoteId);
