namespace SalesOpsAr.Workflow.Licences;

/// <summary>An AR on the SFDC-licence hold: since when (the label event that set it) and the seats it needs.</summary>
/// <param name="BotMayRelease">The bot's own hold, or the licence label with no other hold reason: a person's hold stays theirs.</param>
public sealed record WaitingAr(long ProjectId, long Iid, DateTimeOffset HeldSince, IReadOnlyList<SeatNeed> Needs, bool BotMayRelease = true);
