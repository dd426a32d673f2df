namespace SalesOpsAr.Workflow.Assisting;

/// <summary>How far Sales Ops' tasks for one person of a bulk AR are: ticked of all.</summary>
public sealed record PersonProgress(string Person, int Ticked, int Total);
