namespace SalesOpsAr.Simulation;

/// <summary>A resource label event on a <see cref="FakeIssue"/>.</summary>
public sealed record FakeLabelEvent(long Id, string User, string Label, string Action, DateTimeOffset? At);
