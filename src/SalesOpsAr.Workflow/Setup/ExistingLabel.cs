namespace SalesOpsAr.Workflow.Setup;

/// <summary>A label the project has; <see cref="OfGroup"/> when it comes from a group (the bot leaves those alone).</summary>
public sealed record ExistingLabel(long Id, string Name, string? Color, string? Description, bool OfGroup = false);
