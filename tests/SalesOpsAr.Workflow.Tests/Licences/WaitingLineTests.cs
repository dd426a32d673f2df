using SalesOpsAr.Workflow.Licences;

namespace SalesOpsAr.Workflow.Tests.Licences;

/// <summary>"SalesOPS: Waiting on SFDC License", decided by the seats: first come, first served; a pickup never jumps the line.</summary>
public sealed class WaitingLineTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static WaitingAr Ar(long iid, int day, int seats = 1, string licence = "Salesforce", bool botMayRelease = true) =>
        new(4242, iid, Monday.AddDays(day), [new SeatNeed(licence, seats)], botMayRelease);

    private static SeatCount[] Seats(int total, int used) => [new("Salesforce", total, used)];

    public static TheoryData<string, WaitingAr[], SeatCount[], long[]> Releases => new()
    {
        { "no seat free: nobody", [Ar(1, 0), Ar(2, 1)], Seats(250, 250), [] },
        { "one seat free: the first in line", [Ar(2, 1), Ar(1, 0)], Seats(250, 249), [1] },
        { "two free: the first two, in order", [Ar(3, 2), Ar(1, 0), Ar(2, 1)], Seats(250, 248), [1, 2] },
        { "a bulk AR for 3 first, 1 free: the single one behind it goes", [Ar(1, 0, seats: 3), Ar(2, 1)], Seats(250, 249), [2] },
        { "a bulk AR for 3 first, 3 free: the bulk AR", [Ar(1, 0, seats: 3), Ar(2, 1)], Seats(250, 247), [1] },
        { "a person's own hold: stays, the next goes", [Ar(1, 0, botMayRelease: false), Ar(2, 1)], Seats(250, 249), [2] },
        { "used above total: nothing", [Ar(1, 0)], Seats(250, 251), [] },
        { "negative counts: nothing", [Ar(1, 0)], Seats(-1, -5), [] },
        { "another licence's seats do not serve", [Ar(1, 0, licence: "Salesforce Platform")], Seats(250, 200), [] },
        { "the licence's name in another case", [Ar(1, 0, licence: "salesforce")], Seats(250, 249), [1] },
        { "same instant: by number", [Ar(7, 0), Ar(5, 0)], Seats(250, 249), [5] },
    };

    [Theory]
    [MemberData(nameof(Releases))]
    public void Release_Case(string what, WaitingAr[] waiting, SeatCount[] seats, long[] released) =>
        Assert.True(released.SequenceEqual(WaitingLine.Release(waiting, seats).Select(r => r.Ar.Iid)), what);

    [Fact]
    public void AReleasedAr_KnowsItsPlaceInTheLine()
    {
        var released = WaitingLine.Release([Ar(1, 0, seats: 3), Ar(2, 1)], Seats(250, 249));

        Assert.Equal(2, Assert.Single(released).Position);
    }

    [Fact]
    public void AnArNeedingTwoLicences_IsReleasedOnlyWhenBothHaveSeats()
    {
        var both = new WaitingAr(4242, 1, Monday, [new("Salesforce", 1), new("Salesforce CPQ", 1)]);

        Assert.Empty(WaitingLine.Release([both], [new("Salesforce", 10, 9), new("Salesforce CPQ", 5, 5)]));
        Assert.Single(WaitingLine.Release([both], [new("Salesforce", 10, 9), new("Salesforce CPQ", 5, 4)]));
    }

    [Fact]
    public void OnPickup_WithASeatFree_Fits()
    {
        Assert.Equal(PickupVerdict.Fits, WaitingLine.OnPickup([new("Salesforce", 1)], [], Seats(250, 249)));
        Assert.Equal(PickupVerdict.Fits, WaitingLine.OnPickup([new("Salesforce", 0)], [], Seats(250, 250))); // everyone has a user already
    }

    [Fact]
    public void OnPickup_WithNoSeat_IsHeld_WithTheNumbers_AndItsPlace()
    {
        var verdict = WaitingLine.OnPickup([new("Salesforce", 1)], [Ar(1, 0), Ar(2, 1)], Seats(250, 250));

        Assert.Equal(PickupOutcome.NoSeat, verdict.Outcome);
        Assert.Equal(new SeatCount("Salesforce", 250, 250), verdict.Seats);
        Assert.Equal(3, verdict.Position);
    }

    [Fact]
    public void OnPickup_TheSeatsOfThoseWaiting_AreSpokenFor()
    {
        var verdict = WaitingLine.OnPickup([new("Salesforce", 1)], [Ar(1, 0)], Seats(250, 249)); // one free, and one AR waits for it

        Assert.Equal(PickupOutcome.NoSeat, verdict.Outcome);
        Assert.Equal(2, verdict.Position);
    }

    [Fact]
    public void OnPickup_ABulkArNeedsASeatPerPersonWithoutAUser()
    {
        Assert.Equal(PickupOutcome.NoSeat, WaitingLine.OnPickup([new("Salesforce", 3)], [], Seats(250, 248)).Outcome);
        Assert.Equal(PickupOutcome.Fits, WaitingLine.OnPickup([new("Salesforce", 2)], [], Seats(250, 248)).Outcome);
    }

    [Theory]
    [InlineData(250, 251)]
    [InlineData(-1, 0)]
    public void OnPickup_CountsThatMakeNoSense_HoldNothing(int total, int used) =>
        Assert.Equal(PickupOutcome.Unknown, WaitingLine.OnPickup([new("Salesforce", 1)], [], Seats(total, used)).Outcome);

    [Fact]
    public void OnPickup_ALicenceNotCounted_HoldsNothing() =>
        Assert.Equal(new PickupVerdict(PickupOutcome.Unknown, "Salesforce CPQ"), WaitingLine.OnPickup([new("Salesforce CPQ", 1)], [], Seats(250, 0)));
}
