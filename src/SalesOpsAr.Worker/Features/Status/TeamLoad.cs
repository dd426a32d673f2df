namespace SalesOpsAr.Worker.Features.Status;

/// <summary>A team member's open ARs at the last sweep, and whether they are out of office (and until when).</summary>
public sealed record TeamLoad(string Username, int OpenArs, bool OutOfOffice, DateTimeOffset? Until);
