using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Workflow.Tests.Sweeping;

/// <summary>The snooze's memory in the bot's note (#25), and one business day as the team's calendar counts it.</summary>
public sealed class SnoozeMarkerTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AMarker_ReadsBackItsEnd()
    {
        var note = SnoozeMarker.Render(Wednesday.AddDays(1), "slack-abc") + "\n**Sales Ops AR bot:** @jdoe snoozed this AR's nudges.";

        Assert.StartsWith("<!-- salesops-ar-bot snooze until=2026-11-26T10:00:00Z key=slack-abc -->", note, StringComparison.Ordinal);
        Assert.Equal(Wednesday.AddDays(1), SnoozeMarker.In(note));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("A person writes <!-- salesops-ar-bot snooze until=2099-01-01T00:00:00Z -->")]
    [InlineData("<!-- salesops-ar-bot snooze until=forever -->")]
    [InlineData("<!-- salesops-ar-bot snooze until=2026-13-45T99:00:00Z -->")]
    public void AnythingElse_IsNoSnooze(string? body) => Assert.Null(SnoozeMarker.In(body));

    [Fact]
    public void OneBusinessDay_FromAWeekday_IsTheSameHourTheNextDay() =>
        Assert.Equal(Wednesday.AddDays(1), SnoozeMarker.OneBusinessDayFrom(BusinessCalendar.Default, Wednesday));

    [Fact]
    public void OneBusinessDay_FromAFriday_EndsOnMonday()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

        var end = SnoozeMarker.OneBusinessDayFrom(BusinessCalendar.Default, friday);

        Assert.Equal(DayOfWeek.Monday, end.DayOfWeek);
        Assert.True(BusinessCalendar.Default.BusinessDaysBetween(friday, end) >= 1);
    }
}
