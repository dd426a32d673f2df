using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>A nudge note that could not be written or updated on one AR; the others went on.</summary>
public sealed record DispatchFailure(ArRef Ar, string Step, Exception Error);
