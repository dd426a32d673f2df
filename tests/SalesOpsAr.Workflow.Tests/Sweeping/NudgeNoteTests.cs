using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Workflow.Tests.Sweeping;

/// <summary>The nudge note is the bot's memory: what it renders it must read back, and nothing else.</summary>
public sealed class NudgeNoteTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static readonly DueNudge Stale = new(FlagKind.Stale, 2, false, NudgeAudience.Assignees, ["jdoe"], "@jdoe, this AR has had no activity for 6 business days. Is it still moving?", 6);
    private static readonly DueNudge Escalation = new(FlagKind.Unassigned, 0, true, NudgeAudience.Dris, ["amber"], "@amber: 3 reminders about this AR went unanswered.", 12);

    [Fact]
    public void Render_TwoNudges_OneSentenceEachThenAMarkerEach()
    {
        var note = NudgeNote.For([Stale, Escalation], ["email", "slack"], At);

        Assert.Equal(
            "**Sales Ops AR bot:** @jdoe, this AR has had no activity for 6 business days. Is it still moving? @amber: 3 reminders about this AR went unanswered.\n\n"
            + "<!-- salesops-ar-bot nudge flag=Stale n=2 pending=email,slack -->\n"
            + "<!-- salesops-ar-bot nudge flag=Unassigned n=esc pending=email,slack -->",
            note.Render());
    }

    [Fact]
    public void Render_WithoutText_KeepsOnlyTheMemory() =>
        Assert.Equal("<!-- salesops-ar-bot nudge flag=Stale n=2 -->", NudgeNote.For([Stale], [], At).Stripped().Render());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_WhatRenderWrote_ReadsTheSameNote(bool withText)
    {
        var written = NudgeNote.For([Stale, Escalation], ["slack"], At);

        var read = NudgeNote.Parse((withText ? written : written.Stripped()).Render(), At, 99)!;

        Assert.Equal(withText ? written.Text : "", read.Text);
        Assert.Equal(99, read.NoteId);
        Assert.Equal(
            [(FlagKind.Stale, 2, false, "slack", 99L), (FlagKind.Unassigned, 0, true, "slack", 99L)],
            read.Markers.Select(m => (m.Flag, m.Number, m.Escalation, string.Join(',', m.Pending), m.NoteId)));
    }

    [Fact]
    public void WithPending_ChangesOnlyThePendingChannelsOfEveryMarker()
    {
        var note = NudgeNote.For([Stale, Escalation], ["email", "slack"], At);

        Assert.Equal(
            "<!-- salesops-ar-bot nudge flag=Stale n=2 pending=email -->\n<!-- salesops-ar-bot nudge flag=Unassigned n=esc pending=email -->",
            note.WithPending(["email"]).Stripped().Render());
        Assert.Empty(note.WithPending([]).Pending);
    }

    public static TheoryData<string, string> NotAMarker => new()
    {
        { "a reconcile note", "**Sales Ops AR bot:** Moved.\n\n<!-- salesops-ar-bot reconcile to=InProgress -->" },
        { "unknown flag", "<!-- salesops-ar-bot nudge flag=Bogus n=1 -->" },
        { "a flag given as a number", "<!-- salesops-ar-bot nudge flag=2 n=1 -->" },
        { "two flags in one", "<!-- salesops-ar-bot nudge flag=Stale,Unassigned n=1 -->" },
        { "reminder number that overflows an int", "<!-- salesops-ar-bot nudge flag=Stale n=99999999999 -->" },
        { "reminder number zero", "<!-- salesops-ar-bot nudge flag=Stale n=0 -->" },
        { "negative reminder number", "<!-- salesops-ar-bot nudge flag=Stale n=-1 -->" },
        { "unknown field", "<!-- salesops-ar-bot nudge flag=Stale n=1 by=eve -->" },
        { "never closed", "<!-- salesops-ar-bot nudge flag=Stale n=1" },
        { "empty", "" },
        { "past the highest reminder number", "<!-- salesops-ar-bot nudge flag=Stale n=1001 -->" },
    };

    [Theory]
    [MemberData(nameof(NotAMarker))]
    public void Parse_AnythingElse_IsNoNudgeNote(string why, string body) =>
        Assert.True(NudgeNote.Parse(body, At, 1) is null, why);

    [Fact]
    public void Parse_TheHighestReminderNumber_Reads() =>
        Assert.Equal(1000, Assert.Single(NudgeNote.Parse("<!-- salesops-ar-bot nudge flag=Stale n=1000 -->", At, 1)!.Markers).Number);

    [Fact]
    public void Parse_OneBadMarkerBesideAGoodOne_KeepsTheGoodOne()
    {
        var note = NudgeNote.Parse("<!-- salesops-ar-bot nudge flag=Stale n=99999999999 -->\n<!-- salesops-ar-bot nudge flag=HoldReview n=1 -->", At, 5);

        Assert.Equal(FlagKind.HoldReview, Assert.Single(note!.Markers).Flag);
    }

    [Theory]
    [InlineData(FlagKind.Unassigned, false, NudgeAudience.TeamAndDris)]
    [InlineData(FlagKind.AssigneeOutOfOffice, false, NudgeAudience.TeamAndDris)]
    [InlineData(FlagKind.Stale, false, NudgeAudience.Assignees)]
    [InlineData(FlagKind.HoldReview, false, NudgeAudience.Assignees)]
    [InlineData(FlagKind.Stale, true, NudgeAudience.Dris)]
    [InlineData(FlagKind.Unassigned, true, NudgeAudience.Dris)]
    public void AudienceOf_EachFlag_IsWhomTheHandbookNames(FlagKind flag, bool escalation, NudgeAudience expected) =>
        Assert.Equal(expected, FlagRules.AudienceOf(flag, escalation));
}
