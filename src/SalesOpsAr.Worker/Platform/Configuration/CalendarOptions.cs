using System.Globalization;
using SalesOpsAr.Workflow.Calendar;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>The <c>Sweep:Calendar</c> section: the business hours every threshold is counted in.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Sweep:Calendar";

    /// <summary>IANA time zone id, e.g. <c>America/Los_Angeles</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Work days (Monday, Tuesday, …); empty ⇒ Monday to Friday. Strings: see <see cref="Problems"/>.</summary>
    public IList<string> WorkDays { get; } = [];

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);

    /// <summary>Dates (yyyy-MM-dd) that are not business days.</summary>
    public IList<string> Holidays { get; } = [];

    public BusinessCalendar ToCalendar()
    {
        var days = WorkDays.Select(d => Enum.TryParse<DayOfWeek>(d.Trim(), ignoreCase: true, out var day) ? (DayOfWeek?)day : null)
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        var holidays = Holidays.Select(h => DateOnly.TryParseExact(h.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? (DateOnly?)date : null)
            .Where(d => d is not null).Select(d => d!.Value);
        return new(
            TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
            days.Count > 0 ? days : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            WorkdayStart,
            WorkdayEnd,
            holidays);
    }

    /// <summary>
    /// The list entries that do not parse. Lists are bound as strings and checked here because the
    /// configuration binder silently drops list items it cannot convert.
    /// </summary>
    public IEnumerable<(string Key, string Problem)> Problems()
    {
        for (var i = 0; i < WorkDays.Count; i++)
        {
            if (!Enum.TryParse<DayOfWeek>(WorkDays[i].Trim(), ignoreCase: true, out _))
            {
                yield return ($"Sweep:Calendar:WorkDays:{i}", $"must be a day name such as Monday, got '{WorkDays[i]}'.");
            }
        }

        for (var i = 0; i < Holidays.Count; i++)
        {
            if (!DateOnly.TryParseExact(Holidays[i].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                yield return ($"Sweep:Calendar:Holidays:{i}", $"must be a date as yyyy-MM-dd, got '{Holidays[i]}'.");
            }
        }
    }
}
