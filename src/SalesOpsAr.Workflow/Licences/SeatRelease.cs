namespace SalesOpsAr.Workflow.Licences;

/// <summary>An AR whose seats are free now: released from the hold, <see cref="Position"/> its place in the line (1: first).</summary>
public sealed record SeatRelease(WaitingAr Ar, int Position);
