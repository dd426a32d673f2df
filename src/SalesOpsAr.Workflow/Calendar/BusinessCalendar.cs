namespace SalesOpsAr.Workflow.Calendar;

/// <summary>
/// Working time in one time zone: work days, daily hours and holidays. Every day is cut in local time
/// and converted back to instants, so DST changes shorten or lengthen nothing but the night.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DayOfWeek> _workDays;
    private readonly HashSet<DateOnly> _holidays;
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;

    public BusinessCalendar(TimeZoneInfo zone, IEnumerable<DayOfWeek> workDays, TimeOnly start, TimeOnly end, IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (end <= start)
        {
            throw new ArgumentException("The work day must end after it starts.", nameof(end));
        }

        _zone = zone;
        _workDays = [.. workDays];
        _holidays = [.. holidays];
        _start = start;
        _end = end;
    }

    /// <summary>Monday to Friday, 09:00–17:00 UTC, no holidays.</summary>
    public static BusinessCalendar Default { get; } = new(
        TimeZoneInfo.Utc,
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        new TimeOnly(9, 0),
        new TimeOnly(17, 0),
        []);

    /// <summary>The length of one business day (e.g. 8 hours).</summary>
    public TimeSpan DayLength => _end - _start;

    public TimeZoneInfo Zone => _zone;

    public bool IsWorkDay(DateOnly date) => _workDays.Contains(date.DayOfWeek) && !_holidays.Contains(date);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var last = LocalDate(to);
        for (var day = LocalDate(from); day <= last; day = day.AddDays(1))
        {
            if (!IsWorkDay(day))
            {
                continue;
            }

            var open = ToInstant(day, _start);
            var close = ToInstant(day, _end);
            var a = from > open ? from : open;
            var b = to < close ? to : close;
            if (b > a)
            {
                total += b - a;
            }
        }

        return total;
    }

    /// <summary>Working time between two instants, in business days (fractional).</summary>
    public double BusinessDaysBetween(DateTimeOffset from, DateTimeOffset to) => WorkingTimeBetween(from, to) / DayLength;

    /// <summary>Whole business days in words, as nudges and the status page say them: "1 business day", "3 business days".</summary>
    public static string InWords(double businessDays)
    {
        var whole = (int)Math.Floor(businessDays + 1e-9);
        return whole == 1 ? "1 business day" : $"{whole} business days";
    }

    private DateTimeOffset ToInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (_zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30); // inside a spring-forward gap: the day starts when the clock does
        }

        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
