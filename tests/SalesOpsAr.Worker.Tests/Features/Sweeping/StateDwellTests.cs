using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Sweeping;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>How long ARs stay in a state, as sweep after sweep sees them.</summary>
public sealed class StateDwellTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnArSeenEnteringAStateAndLeavingIt_StayedFromOneSightingToTheOther()
    {
        var dwell = new StateDwell();
        dwell.Observe([], Nine);

        Assert.Empty(dwell.Observe([Ar(1, ArState.ActionNeeded)], Nine.AddMinutes(15))); // entered
        Assert.Empty(dwell.Observe([Ar(1, ArState.ActionNeeded)], Nine.AddMinutes(30))); // still there
        var left = Assert.Single(dwell.Observe([Ar(1, ArState.InProgress)], Nine.AddHours(2)));

        Assert.Equal((ArState.ActionNeeded, Nine.AddMinutes(15), Nine.AddHours(2)), left);
    }

    [Fact]
    public void AtTheFirstSweep_WhenAnArEnteredItsStateIsUnknown_SoThatStayIsNotMeasured()
    {
        var dwell = new StateDwell();
        dwell.Observe([Ar(1, ArState.InProgress)], Nine);

        Assert.Empty(dwell.Observe([Ar(1, ArState.Completed)], Nine.AddHours(1)));
        Assert.Equal(ArState.Completed, Assert.Single(dwell.Observe([], Nine.AddHours(3))).State); // Completed was seen entered
    }

    [Fact]
    public void AnArGoneFromTheBoard_LeftItsState()
    {
        var dwell = new StateDwell();
        dwell.Observe([], Nine);
        dwell.Observe([Ar(1, ArState.OnHold), Ar(2, ArState.OnHold, projectId: 7)], Nine.AddHours(1));

        var ended = dwell.Observe([Ar(2, ArState.OnHold, projectId: 7)], Nine.AddHours(4));

        Assert.Equal([(ArState.OnHold, Nine.AddHours(1), Nine.AddHours(4))], ended);
    }

    private static OpenAr Ar(long iid, ArState state, long projectId = 4242) =>
        new(iid, $"AR {iid}", null, state, [], Nine.AddDays(-1)) { ProjectId = projectId };
}
