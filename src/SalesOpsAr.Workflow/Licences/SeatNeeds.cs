namespace SalesOpsAr.Workflow.Licences;

/// <summary>
/// The seats an AR needs: one of its licence per person with no active Salesforce user (an inactive user takes a seat
/// again when reactivated; a person without an address cannot be looked up, so needs one), and as many of each add-on.
/// </summary>
public static class SeatNeeds
{
    public static IReadOnlyList<SeatNeed> Of(SeatAsk ask, LicenceMap map, IReadOnlySet<string> activeEmails)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(activeEmails);
        var seats = Math.Max(0, ask.People - ask.Emails.Count(activeEmails.Contains));
        if (seats == 0)
        {
            return [];
        }

        return [new SeatNeed(map.LicenceFor(ask.Profile), seats), .. map.AddOnsIn(ask.Lines).Select(a => new SeatNeed(a, seats))];
    }
}
