using System.Globalization;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Licences;

/// <summary>
/// The bot's notes about seats: why it held an AR on pickup, and why it released it. Licence names come from
/// Salesforce and are quoted as code; each note carries its key in the bot's hidden marker, so a retry finds it.
/// </summary>
public static class SeatNotes
{
    /// <summary>Marks a hold note: <c>&lt;!-- salesops-ar-bot seat-hold key=… --&gt;</c>.</summary>
    public const string HoldMarker = "seat-hold";

    /// <summary>Marks a release note.</summary>
    public const string ReleaseMarker = "seat-release";

    /// <summary>The note of a pickup held for want of a seat: the licence, its counts, the seats needed, the place in line.</summary>
    public static string Hold(PickupVerdict verdict, int seatsNeeded, string key)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(key);
        var seats = verdict.Seats is { } s ? $"Salesforce counts {s.Used.ToString("N0", CultureInfo.InvariantCulture)} of {s.Total.ToString("N0", CultureInfo.InvariantCulture)} used" : "Salesforce did not count it";
        var ahead = verdict.Position - 1;
        var line = ahead == 0 ? "It is first in line for a seat" : $"It is {Ordinal(verdict.Position)} in line for a seat ({ahead} AR{(ahead == 1 ? "" : "s")} waiting before it)";
        return NoteText.Guard(
            $"{PlanNote.MarkerPrefix} {HoldMarker} {PlanNote.KeyOf(key)} -->\n" +
            $"On hold: no free Salesforce seat. This AR needs {seatsNeeded} {NoteText.Code(verdict.Licence)} seat{(seatsNeeded == 1 ? "" : "s")}; {seats}, " +
            "and the seats the ARs already waiting need are theirs first.\n\n" +
            $"{line}, first come, first served by when the hold was set. The bot removes {NoteText.Label(LicenceHold.Label)} and resumes this AR " +
            "at the first sweep that finds its seats free. To resume it yourself, remove the label: a person's word wins.");
    }

    /// <summary>The note of an AR released from the hold: <c>A Salesforce seat is free (`Salesforce`: 248 of 250 used): resumed, first in line since 3 Nov.</c></summary>
    /// <param name="seatsNeeded">0 when the AR's people all have Salesforce users now: then that is what the note says.</param>
    public static string Release(string licence, int used, int total, DateTimeOffset heldSince, int position, TimeZoneInfo zone, string key, int seatsNeeded = 1)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(key);
        var since = TimeZoneInfo.ConvertTime(heldSince, zone).ToString("d MMM", CultureInfo.InvariantCulture);
        var place = position == 1 ? "first in line" : $"{Ordinal(position)} in line";
        return NoteText.Guard(
            $"{PlanNote.MarkerPrefix} {ReleaseMarker} {PlanNote.KeyOf(key)} -->\n" +
            (seatsNeeded == 0 ? "Every person on this AR has a Salesforce user now, so it needs no seat" : "A Salesforce seat is free") +
            $" ({NoteText.Code(licence)}: {used.ToString("N0", CultureInfo.InvariantCulture)} of {total.ToString("N0", CultureInfo.InvariantCulture)} used): " +
            $"resumed, {place} since {since}. {NoteText.Label(LicenceHold.Label)} is removed; the seat is taken when the user is created, so create it soon.");
    }

    /// <summary>The key of a release: one per hold (the AR and when its hold was set).</summary>
    public static string ReleaseKey(long iid, DateTimeOffset heldSince) =>
        string.Create(CultureInfo.InvariantCulture, $"release-{iid}-{heldSince.ToUnixTimeSeconds()}");

    /// <summary>A note of the bot's of this kind and key.</summary>
    public static bool Is(string? body, string marker, string key) =>
        body is not null && body.StartsWith($"{PlanNote.MarkerPrefix} {marker} {PlanNote.KeyOf(key)} -->", StringComparison.Ordinal);

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
