namespace SalesOpsAr.Simulation;

/// <summary>A note on a <see cref="FakeIssue"/>.</summary>
public sealed record FakeNote(long Id, string Author, string? Body, bool System, DateTimeOffset CreatedAt);
