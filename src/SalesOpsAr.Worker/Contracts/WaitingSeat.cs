using SalesOpsAr.Workflow.Licences;

namespace SalesOpsAr.Worker.Contracts;

/// <summary>An AR in the waiting line as the sweep last read it: its place, since when, and the seats it needs.</summary>
public sealed record WaitingSeat(long ProjectId, long Iid, string Title, string? Url, DateTimeOffset HeldSince, IReadOnlyList<SeatNeed> Needs, bool BotMayRelease, int Position);
