namespace SalesOpsAr.Workflow.History;

/// <summary>One note of an AR: a comment, or a system note (assignment, description edit, checkbox ticked).</summary>
public sealed record ArNote(long Id, string? Author, string? Body, bool System, DateTimeOffset At);
