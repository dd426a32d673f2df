namespace SalesOpsAr.Workflow.Licences;

/// <summary>Whether an AR picked up has its seats; if not, the licence that is short and the AR's place in the line.</summary>
/// <param name="Licence">The licence short (or not counted); null when every need fits.</param>
/// <param name="Seats">Its counts, when Salesforce gave sane ones.</param>
/// <param name="Position">The AR's place in the waiting line once held: after every AR already waiting.</param>
public sealed record PickupVerdict(PickupOutcome Outcome, string? Licence = null, SeatCount? Seats = null, int Position = 0)
{
    public static PickupVerdict Fits { get; } = new(PickupOutcome.Fits);
}
