using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Calendar;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>
/// The digest's and the nudges' line when ARs wait for a Salesforce seat (#23): "3 ARs wait for a Salesforce seat
/// (oldest 6 business days); 14 active users have not logged in for 90 days", with the status page's address.
/// </summary>
internal static class SeatWaitLine
{
    public static string? Of(LicenceSeats? seats, BusinessCalendar calendar, DateTimeOffset now, string statusPageUrl)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (seats is not { Waiting.Count: > 0 } line)
        {
            return null;
        }

        var waiting = line.Waiting.Count;
        var oldest = BusinessCalendar.InWords(calendar.BusinessDaysBetween(line.Waiting.Min(w => w.HeldSince), now));
        var idle = line.Idle.Values.Sum();
        var where = statusPageUrl.Length > 0 ? $": {statusPageUrl} (Licences)" : " (the status page's Licences panel lists them)";
        return $"{waiting} AR{(waiting == 1 ? " waits" : "s wait")} for a Salesforce seat (oldest {oldest}); "
            + $"{idle} active user{(idle == 1 ? " has" : "s have")} not logged in for {line.IdleDays} days{where}";
    }
}
