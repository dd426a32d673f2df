using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Workflow.Tests.Sweeping;

public sealed class NudgeMarkerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_RenderedMarkers_RoundTrip()
    {
        var body = "**Sales Ops AR bot:** …\n\n"
            + new NudgeMarker(FlagKind.Stale, 2, false, At, 0, ["email", "slack"]).Render() + "\n"
            + new NudgeMarker(FlagKind.Unassigned, 0, true, At, 0, []).Render();

        var markers = NudgeMarker.Parse(body, At, 99).ToList();

        Assert.Equal(
            [(FlagKind.Stale, 2, false, "email,slack"), (FlagKind.Unassigned, 0, true, "")],
            markers.Select(m => (m.Flag, m.Number, m.Escalation, string.Join(',', m.Pending))));
        Assert.All(markers, m => Assert.Equal(99, m.NoteId));
    }

    [Fact]
    public void WithPending_ReplacesOnlyThePendingChannels()
    {
        var body = "text\n" + new NudgeMarker(FlagKind.Stale, 1, false, At, 0, ["email", "slack"]).Render();

        var updated = NudgeMarker.WithPending(body, ["email"]);

        Assert.Equal("text\n<!-- salesops-ar-bot nudge flag=Stale n=1 pending=email -->", updated);
        Assert.Equal("text\n<!-- salesops-ar-bot nudge flag=Stale n=1 -->", NudgeMarker.WithPending(body, []));
    }
}
