using SalesOpsAr.Workflow.Calendar;

namespace SalesOpsAr.Workflow.Tests.Calendar;

/// <summary>The last day of the fiscal quarter, for GitLab's year (from February) and others.</summary>
public sealed class FiscalQuarterTests
{
    [Theory]
    [InlineData("2026-11-23", 2, "2027-01-31")] // GitLab's Q4 runs over the new year
    [InlineData("2027-01-31", 2, "2027-01-31")] // its last day is its own end
    [InlineData("2027-02-01", 2, "2027-04-30")] // the next fiscal year's first day
    [InlineData("2026-05-15", 2, "2026-07-31")]
    [InlineData("2026-08-01", 2, "2026-10-31")]
    [InlineData("2026-03-10", 1, "2026-03-31")] // calendar quarters
    [InlineData("2026-12-31", 1, "2026-12-31")]
    [InlineData("2026-11-01", 11, "2027-01-31")] // a year from November: Q1 is Nov–Jan
    [InlineData("2026-10-31", 11, "2026-10-31")]
    [InlineData("2028-02-10", 12, "2028-02-29")] // from December: Q1 ends with a leap February
    public void LastDay_IsTheEndOfTheQuarterHoldingTheDate(string date, int startMonth, string lastDay) =>
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), FiscalQuarter.LastDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), startMonth));

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void LastDay_AMonthThatIsNone_IsRefused(int startMonth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalQuarter.LastDay(new DateOnly(2026, 11, 23), startMonth));

    [Theory]
    [InlineData("UTC", "2027-04-30")] // 1 February 05:00 UTC: February already, the next fiscal year's Q1
    [InlineData("America/Los_Angeles", "2027-01-31")] // still 31 January 21:00 in California: Q4
    public void TheQuarter_IsTheOneHoldingTheTeamsDate_NotUtcs(string zone, string lastDay)
    {
        var instant = new DateTimeOffset(2027, 2, 1, 5, 0, 0, TimeSpan.Zero);
        var calendar = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById(zone), [DayOfWeek.Monday], new TimeOnly(9, 0), new TimeOnly(17, 0), []);

        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), FiscalQuarter.LastDay(calendar.LocalDate(instant), 2));
    }
}
