namespace SalesOpsAr.Workflow.Licences;

/// <summary>
/// The handbook's "SalesOPS: Waiting on SFDC License", decided from Salesforce's seat counts. ARs on that hold are
/// served first come, first served by when the hold was set. When seats are free, the ARs are taken in that order and
/// each one whose whole need fits in what is still free is released; one that does not fit keeps its place, and the ARs
/// behind it whose smaller need fits are released past it (seats are not kept back for a larger AR: a bulk AR for 3
/// waits behind no one, and gets its seats at the first sweep that finds 3 free). A new pickup does not jump the line:
/// the seats the ARs already waiting need are spoken for. Counts that make no sense release and hold nothing.
/// </summary>
public static class WaitingLine
{
    /// <summary>The waiting ARs in the order they are served.</summary>
    public static IReadOnlyList<WaitingAr> Order(IEnumerable<WaitingAr> waiting) =>
        [.. waiting.OrderBy(a => a.HeldSince).ThenBy(a => a.ProjectId).ThenBy(a => a.Iid)];

    /// <summary>The ARs to release now, in line order, given the seats Salesforce counts.</summary>
    public static IReadOnlyList<SeatRelease> Release(IEnumerable<WaitingAr> waiting, IReadOnlyCollection<SeatCount> seats)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(seats);
        var free = Free(seats);
        var released = new List<SeatRelease>();
        var position = 0;
        foreach (var ar in Order(waiting))
        {
            position++;
            if (ar.BotMayRelease && Fits(ar.Needs, free) is null)
            {
                Take(ar.Needs, free);
                released.Add(new SeatRelease(ar, position));
            }
        }

        return released;
    }

    /// <summary>On pickup: does the AR's need fit in the seats not spoken for by the ARs already waiting?</summary>
    public static PickupVerdict OnPickup(IReadOnlyList<SeatNeed> needs, IEnumerable<WaitingAr> waiting, IReadOnlyCollection<SeatCount> seats)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(seats);
        var free = Free(seats);
        if (needs.FirstOrDefault(n => n.Seats > 0 && !free.ContainsKey(n.Licence)) is { } uncounted)
        {
            return new PickupVerdict(PickupOutcome.Unknown, uncounted.Licence, Counted(seats, uncounted.Licence));
        }

        var line = Order(waiting);
        foreach (var need in line.SelectMany(a => a.Needs).Where(n => n.Seats > 0 && free.ContainsKey(n.Licence)))
        {
            free[need.Licence] -= need.Seats; // spoken for, even below 0
        }

        return Fits(needs, free) is { } licence
            ? new PickupVerdict(PickupOutcome.NoSeat, licence, Counted(seats, licence), line.Count + 1)
            : PickupVerdict.Fits;
    }

    private static SeatCount? Counted(IEnumerable<SeatCount> seats, string licence) =>
        seats.FirstOrDefault(s => string.Equals(s.Licence, licence, StringComparison.OrdinalIgnoreCase));

    // Free seats per licence, for the counts that make sense only: a licence with nonsense counts is not in it.
    private static Dictionary<string, int> Free(IEnumerable<SeatCount> seats) =>
        seats.Where(s => s.IsSane).GroupBy(s => s.Licence, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Free, StringComparer.OrdinalIgnoreCase);

    // The first licence whose need does not fit (unknown or nonsense counts never fit); null when all fit.
    private static string? Fits(IEnumerable<SeatNeed> needs, Dictionary<string, int> free) =>
        needs.Where(n => n.Seats > 0).FirstOrDefault(n => !free.TryGetValue(n.Licence, out var left) || left < n.Seats)?.Licence;

    private static void Take(IEnumerable<SeatNeed> needs, Dictionary<string, int> free)
    {
        foreach (var need in needs.Where(n => n.Seats > 0))
        {
            free[need.Licence] -= need.Seats;
        }
    }
}
