using SalesOpsAr.Workflow.Licences;

namespace SalesOpsAr.Worker.Contracts;

/// <summary>An AR on the SFDC-licence hold as the sweep saw it: since when, whether the bot may release it, what it asks.</summary>
public sealed record SeatWait(DateTimeOffset HeldSince, bool BotMayRelease, SeatAsk Ask);
