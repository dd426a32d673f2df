namespace SalesOpsAr.Workflow.Setup;

/// <summary>A label as the team's project should have it: the handbook's meaning as its description.</summary>
public sealed record LabelSpec(string Name, string Color, string Description);
