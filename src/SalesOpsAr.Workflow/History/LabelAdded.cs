namespace SalesOpsAr.Workflow.History;

/// <summary>When a label was last added to an AR, and whether the bot added it.</summary>
public sealed record LabelAdded(DateTimeOffset At, bool ByBot);
