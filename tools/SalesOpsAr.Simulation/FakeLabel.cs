namespace SalesOpsAr.Simulation;

/// <summary>A label held by <see cref="FakeGitLab"/>: the project's own, or one of its group's (<see cref="OfGroup"/>), which the project's list shows too.</summary>
public sealed record FakeLabel(long Id, string Name, string Color, string? Description, bool OfGroup = false);
