using System.Globalization;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>
/// A person's snooze of an AR's nudges (#25, from a Slack button), kept in the bot's note that says so:
/// <c>&lt;!-- salesops-ar-bot snooze until=2026-11-26T10:00:00Z key=… --&gt;</c>. The sweep sends no nudge about the AR
/// before then; GitLab holds it, so it outlives restarts and is the same for every replica.
/// </summary>
public static class SnoozeMarker
{
    public const string Word = "snooze";

    private const string Until = "until=";

    public static string Render(DateTimeOffset until, string key) =>
        $"{PlanNote.MarkerPrefix} {Word} {Until}{until.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)} {PlanNote.KeyOf(key)} -->";

    /// <summary>One business day from <paramref name="now"/>: the first hour at which a full working day has passed (two weeks at most).</summary>
    public static DateTimeOffset OneBusinessDayFrom(Calendar.BusinessCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var end = now.AddDays(1);
        for (var hour = 0; hour < 14 * 24 && calendar.BusinessDaysBetween(now, end) < 1; hour++)
        {
            end = end.AddHours(1);
        }

        return end;
    }

    /// <summary>When the snooze in a note of the bot's ends; null when the note holds none (or one that does not read exactly).</summary>
    public static DateTimeOffset? In(string? body)
    {
        var start = $"{PlanNote.MarkerPrefix} {Word} {Until}";
        if (body is null || !body.StartsWith(start, StringComparison.Ordinal) || body.Length < start.Length + 20)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(body.AsSpan(start.Length, 20), "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var until) ? until : null;
    }
}
