using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>What an AR's notes and label events say: when its state began, who last acted, what the bot said.</summary>
public sealed record ArHistory(
    DateTimeOffset StateSince,
    DateTimeOffset LastPersonActivity,
    IReadOnlyList<NudgeMarker> Markers,
    IReadOnlyDictionary<long, string> BotNoteBodies);
