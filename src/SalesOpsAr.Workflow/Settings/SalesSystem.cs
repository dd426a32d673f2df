namespace SalesOpsAr.Workflow.Settings;

/// <summary>A system Sales Ops provisions, and the words that name it in an AR.</summary>
public sealed record SalesSystem(string Name, IReadOnlyList<string> Keywords);
