using System.Globalization;
using SalesOpsAr.Workflow.Calendar;

namespace SalesOpsAr.Workflow.Tests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Theory]
    [InlineData("2026-11-16 10:00", "2026-11-16 15:00", 5.0)] // within one Monday
    [InlineData("2026-11-16 07:00", "2026-11-16 20:00", 8.0)] // clipped to 09:00-17:00
    [InlineData("2026-11-16 17:00", "2026-11-17 09:00", 0.0)] // overnight
    [InlineData("2026-11-20 16:00", "2026-11-23 10:00", 2.0)] // Friday to Monday over a weekend
    [InlineData("2026-11-21 10:00", "2026-11-22 16:00", 0.0)] // all weekend
    [InlineData("2026-11-16 09:00", "2026-11-18 09:00", 16.0)] // two business days
    [InlineData("2026-11-18 12:00", "2026-11-16 12:00", 0.0)] // backwards
    public void WorkingTimeBetween_InUtc_CountsOnlyWorkHours(string from, string to, double hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), Utc().WorkingTimeBetween(At(from, TimeSpan.Zero), At(to, TimeSpan.Zero)));

    [Fact]
    public void WorkingTimeBetween_OverAHoliday_SkipsIt()
    {
        var calendar = new BusinessCalendar(TimeZoneInfo.Utc, MondayToFriday, new(9, 0), new(17, 0), [new DateOnly(2026, 11, 26)]);

        var hours = calendar.WorkingTimeBetween(At("2026-11-25 16:00", TimeSpan.Zero), At("2026-11-27 10:00", TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(2), hours);
    }

    [Fact]
    public void WorkingTimeBetween_InAnotherZone_UsesItsWorkHours()
    {
        var amsterdam = Zone("Europe/Amsterdam");
        var calendar = new BusinessCalendar(amsterdam, MondayToFriday, new(9, 0), new(17, 0), []);

        // 08:00-16:00 UTC is 09:00-17:00 in Amsterdam in November (UTC+1).
        var hours = calendar.WorkingTimeBetween(At("2026-11-16 07:00", TimeSpan.Zero), At("2026-11-16 12:00", TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(4), hours);
    }

    [Theory]
    [InlineData("2026-03-06 16:00", "2026-03-09 10:00", -5, -4)] // spring forward on Sunday 8 March
    [InlineData("2026-10-30 16:00", "2026-11-02 10:00", -4, -5)] // fall back on Sunday 1 November
    public void WorkingTimeBetween_AcrossADstChange_CountsTwoHours(string from, string to, int fromOffset, int toOffset)
    {
        var calendar = new BusinessCalendar(Zone("America/New_York"), MondayToFriday, new(9, 0), new(17, 0), []);

        var hours = calendar.WorkingTimeBetween(At(from, TimeSpan.FromHours(fromOffset)), At(to, TimeSpan.FromHours(toOffset)));

        Assert.Equal(TimeSpan.FromHours(2), hours);
    }

    [Fact]
    public void BusinessDaysBetween_IsWorkingTimeInDayLengths() =>
        Assert.Equal(1.5, Utc().BusinessDaysBetween(At("2026-11-16 09:00", TimeSpan.Zero), At("2026-11-17 13:00", TimeSpan.Zero)));

    private static BusinessCalendar Utc() => new(TimeZoneInfo.Utc, MondayToFriday, new(9, 0), new(17, 0), []);

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    internal static DateTimeOffset At(string local, TimeSpan offset) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), offset);

    [Fact]
    public void Constructor_AWorkDayThatDoesNotEndAfterItStarts_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(TimeZoneInfo.Utc, [DayOfWeek.Monday], new TimeOnly(9, 0), new TimeOnly(9, 0), []));

    [Theory]
    [InlineData(0.4, "0 business days")]
    [InlineData(1.0, "1 business day")]
    [InlineData(0.9999999999, "1 business day")] // a sum of hours that stops just short of a whole day
    [InlineData(2.97, "2 business days")]
    public void InWords_WholeDaysOnly_OneIsSingular(double days, string said) =>
        Assert.Equal(said, BusinessCalendar.InWords(days));
}
