using SalesOpsAr.Workflow.Calendar;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>The <c>Sweep:Calendar</c> section: the business hours every threshold is counted in.</summary>
public sealed class CalendarOptions
{
    /// <summary>IANA time zone id, e.g. <c>America/Los_Angeles</c>.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Work days; empty ⇒ Monday to Friday.</summary>
    public IList<DayOfWeek> WorkDays { get; } = [];

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);

    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);

    /// <summary>Dates (yyyy-MM-dd) that are not business days.</summary>
    public IList<DateOnly> Holidays { get; } = [];

    public BusinessCalendar ToCalendar() => new(
        TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        WorkDays.Count > 0 ? WorkDays : [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        WorkdayStart,
        WorkdayEnd,
        Holidays);
}
