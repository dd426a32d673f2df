using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The nudges one AR is owed now: one note on it, then each on every channel.</summary>
public sealed record ArDueNudges(ArRef Ar, IReadOnlyList<DueNudge> Nudges);
