using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>One AR a sweep could not handle: which, at what step, and why. It is tried again at the next sweep.</summary>
public sealed record SweepFailure(ArRef Ar, string Step, string Reason);
