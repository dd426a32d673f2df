namespace SalesOpsAr.Simulation;

/// <summary>A list of a <see cref="FakeBoard"/>: the label it shows and its place.</summary>
public sealed record FakeBoardList(long Id, FakeLabel Label, int Position);
