namespace SalesOpsAr.Workflow.History;

/// <summary>One entry of an AR's label history: who added or removed which label, when.</summary>
/// <param name="Label">The label's name; null when the label has been deleted since (GitLab then sends <c>label: null</c>).</param>
public sealed record LabelEvent(string? Username, string? Label, bool Added, DateTimeOffset At);
