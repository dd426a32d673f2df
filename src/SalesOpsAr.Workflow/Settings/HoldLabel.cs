namespace SalesOpsAr.Workflow.Settings;

/// <summary>
/// A label that holds an AR (On Hold) and why, in words for the note; optionally the label that releases it
/// (<c>AR-Approval::Manager Approved</c> releases <c>AR-Approval::Needs Manager Approval</c>).
/// </summary>
public sealed record HoldLabel(string Label, string Reason, string? ReleasedBy = null);
