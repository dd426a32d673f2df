namespace SalesOpsAr.Simulation;

/// <summary>A project label held by <see cref="FakeGitLab"/>.</summary>
public sealed record FakeLabel(long Id, string Name, string Color, string? Description);
