using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Calendar;
using static SalesOpsAr.Workflow.Tests.Calendar.BusinessCalendarTests;

namespace SalesOpsAr.Workflow.Tests.Absence;

public sealed class OutOfOfficeReaderTests
{
    private static readonly DateTimeOffset Now = At("2026-11-24 10:00", TimeSpan.Zero);

    [Theory]
    [InlineData("busy", null, null, "status: busy")]
    [InlineData("not_set", "OOO until Dec 2", null, "status: \"OOO until Dec 2\"")]
    [InlineData("not_set", "Out of the office, back Monday", null, "status: \"Out of the office, back Monday\"")]
    [InlineData("not_set", "PTO", null, "status: \"PTO\"")]
    [InlineData("not_set", "On parental leave", null, "status: \"On parental leave\"")]
    [InlineData("not_set", "vacation 🌴", null, "status: \"vacation 🌴\"")]
    [InlineData("not_set", "Out sick", null, "status: \"Out sick\"")]
    [InlineData("not_set", "sick today", null, "status: \"sick today\"")]
    [InlineData("not_set", "off until 3 Dec", null, "status: \"off until 3 Dec\"")]
    [InlineData("not_set", "On leave", null, "status: \"On leave\"")]
    [InlineData("not_set", "Holiday!", null, "status: \"Holiday!\"")]
    [InlineData("not_set", "on holidays", null, "status: \"on holidays\"")]
    [InlineData("not_set", "ooo", null, "status: \"ooo\"")]
    [InlineData("not_set", "pto till Monday", null, "status: \"pto till Monday\"")]
    [InlineData("busy", "Vacation", null, "status: \"Vacation\"")]
    [InlineData("not_set", null, "palm_tree", "status emoji :palm_tree:")]
    [InlineData(null, "", "face_with_thermometer", "status emoji :face_with_thermometer:")]
    public void Read_OooSignals_AreOut(string? availability, string? message, string? emoji, string evidence)
    {
        var clear = At("2026-12-02 00:00", TimeSpan.Zero);

        var ooo = OutOfOfficeReader.Read(new UserStatusFacts("amber", "Amber", availability, message, emoji, clear), [], Now, BusinessCalendar.Default);

        Assert.True(ooo.IsOut);
        Assert.Equal(clear, ooo.Until);
        Assert.Equal(evidence, ooo.Evidence);
    }

    [Theory]
    [InlineData("not_set", "Focusing on Q4 planning", "coffee")]
    [InlineData("not_set", "Looking at the OOOps dashboard", null)]
    [InlineData("not_set", "kick-off prep", null)]
    [InlineData("not_set", "away from keyboard", null)]
    [InlineData("not_set", "Sickle cell fundraiser", null)]
    [InlineData("not_set", "leaves for QBR at 3", null)]
    [InlineData("busy", "Heads-down on QBR deck", null)] // the documented choice: busy with a working message is at work
    [InlineData(null, null, null)]
    public void Read_OrdinaryStatus_IsIn(string? availability, string? message, string? emoji) =>
        Assert.False(OutOfOfficeReader.Read(new UserStatusFacts("amber", "Amber", availability, message, emoji), [], Now, BusinessCalendar.Default).IsOut);

    [Fact]
    public void Read_StatusWhoseClearTimePassed_IsIn() =>
        Assert.False(OutOfOfficeReader.Read(
            new UserStatusFacts("amber", "Amber", "busy", "OOO", "palm_tree", At("2026-11-23 00:00", TimeSpan.Zero)),
            [], Now, BusinessCalendar.Default).IsOut);

    [Fact]
    public void Read_OooInDisplayName_IsOutWithoutReturnDate()
    {
        var ooo = OutOfOfficeReader.Read(new UserStatusFacts("meri", "Meri [OOO]"), [], Now, BusinessCalendar.Default);

        Assert.True(ooo.IsOut);
        Assert.Null(ooo.Until);
    }

    [Fact]
    public void Read_PlannedAbsence_IsOutUntilTheDayAfter()
    {
        PlannedAbsence[] absences = [new("Meri", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 27))];

        var ooo = OutOfOfficeReader.Read(new UserStatusFacts("meri"), absences, Now, BusinessCalendar.Default);

        Assert.True(ooo.IsOut);
        Assert.Equal(At("2026-11-28 00:00", TimeSpan.Zero), ooo.Until);
    }
}
