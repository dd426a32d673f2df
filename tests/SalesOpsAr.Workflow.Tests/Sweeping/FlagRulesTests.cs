using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Sweeping;
using static SalesOpsAr.Workflow.Tests.Calendar.BusinessCalendarTests;

namespace SalesOpsAr.Workflow.Tests.Sweeping;

/// <summary>Flags per shared/brief/workflow.md; every clock in business days of a Mon–Fri 09–17 UTC calendar.</summary>
public sealed class FlagRulesTests
{
    // Monday 16 November 2026, 09:00 UTC: business day zero of every case.
    private static readonly DateTimeOffset Monday = At("2026-11-16 09:00", TimeSpan.Zero);

    [Fact]
    public void Unassigned_AfterOneBusinessDay_NudgesTeamAndDris()
    {
        var nudge = Assert.Single(CreateSut().Evaluate(Facts(ArState.ActionNeeded), Monday.AddDays(1).AddHours(1)));

        Assert.Equal(FlagKind.Unassigned, nudge.Flag);
        Assert.Equal(NudgeAudience.TeamAndDris, nudge.Audience);
        Assert.Equal(["amber", "meri"], nudge.Mentions);
        Assert.Equal("This AR has waited 1 business day with nobody from Sales Ops assigned. @amber @meri, can someone on the team pick it up?", nudge.Sentence);
    }

    [Fact]
    public void Unassigned_OverAWeekend_IsNotYetDue()
    {
        var fridayAfternoon = At("2026-11-20 16:00", TimeSpan.Zero);

        var due = CreateSut().Evaluate(Facts(ArState.ActionNeeded, since: fridayAfternoon), At("2026-11-23 15:59", TimeSpan.Zero));

        Assert.Empty(due);
    }

    [Fact]
    public void Stale_ThreeBusinessDaysWithoutAPerson_NudgesTheAssignee()
    {
        var nudge = Assert.Single(CreateSut().Evaluate(Facts(ArState.InProgress, assignees: ["jdoe"]), Monday.AddDays(3)));

        Assert.Equal(FlagKind.Stale, nudge.Flag);
        Assert.Equal(["jdoe"], nudge.Mentions);
        Assert.Equal("@jdoe, this AR has had no activity from Sales Ops for 3 business days. Is it still moving?", nudge.Sentence);
    }

    [Fact]
    public void Stale_TheBotsOwnNudgeDoesNotResetTheClock()
    {
        var facts = Facts(ArState.InProgress, assignees: ["jdoe"], markers: [Marker(FlagKind.Stale, 1, Monday.AddDays(3))]);

        var nudge = Assert.Single(CreateSut().Evaluate(facts, Monday.AddDays(8)));

        Assert.Equal(2, nudge.Number);
        Assert.Contains("no activity from Sales Ops for 6 business days", nudge.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_RepeatsOnlyAfterAnotherFullThreshold() =>
        Assert.Empty(CreateSut().Evaluate(
            Facts(ArState.InProgress, assignees: ["jdoe"], markers: [Marker(FlagKind.Stale, 1, Monday.AddDays(3))]),
            Monday.AddDays(7)));

    [Fact]
    public void Stale_AfterThreeReminders_EscalatesOnceToTheDris()
    {
        NudgeMarker[] three = [Marker(FlagKind.Stale, 1, Monday.AddDays(3)), Marker(FlagKind.Stale, 2, Monday.AddDays(8)), Marker(FlagKind.Stale, 3, Monday.AddDays(11))];

        var escalation = Assert.Single(CreateSut().Evaluate(Facts(ArState.InProgress, assignees: ["jdoe"], markers: three), Monday.AddDays(16)));
        var after = CreateSut().Evaluate(
            Facts(ArState.InProgress, assignees: ["jdoe"], markers: [.. three, Marker(FlagKind.Stale, 0, Monday.AddDays(16), escalation: true)]),
            Monday.AddDays(40));

        Assert.True(escalation.Escalation);
        Assert.Equal(NudgeAudience.Dris, escalation.Audience);
        Assert.Equal(["amber", "meri"], escalation.Mentions);
        Assert.Empty(after);
    }

    [Fact]
    public void Stale_APersonActingAfterTheNudges_StartsAFreshEpisode()
    {
        var facts = Facts(ArState.InProgress, assignees: ["jdoe"], lastTeam: Monday.AddDays(9),
            markers: [Marker(FlagKind.Stale, 1, Monday.AddDays(3)), Marker(FlagKind.Stale, 2, Monday.AddDays(8))]);

        var nudge = Assert.Single(CreateSut().Evaluate(facts, Monday.AddDays(14)));

        Assert.Equal(1, nudge.Number);
    }

    [Fact]
    public void OutOfOffice_EveryAssigneeOut_NudgesTheTeamNamingTheReturnDate()
    {
        var absent = new Dictionary<string, OutOfOffice> { ["jdoe"] = new(true, At("2026-12-02 00:00", TimeSpan.Zero), "status: busy") };

        var nudge = Assert.Single(CreateSut().Evaluate(Facts(ArState.InProgress, assignees: ["jdoe"], absent: absent), Monday.AddDays(3)));

        Assert.Equal(FlagKind.AssigneeOutOfOffice, nudge.Flag);
        Assert.Equal("`jdoe` is out of office until 2 Dec; this AR has had no activity from Sales Ops for 3 business days. @amber @meri, can someone on the team take it?", nudge.Sentence);
    }

    [Fact]
    public void OutOfOffice_AnAbsentDriIsNotAskedToTakeIt()
    {
        var absent = new Dictionary<string, OutOfOffice>
        {
            ["amber"] = new(true, null, "status: busy"),
        };

        var nudge = Assert.Single(CreateSut().Evaluate(Facts(ArState.OnHold, assignees: ["amber"], absent: absent), Monday.AddDays(2)));

        Assert.Equal(["meri"], nudge.Mentions);
        Assert.Contains("`amber` is out of office;", nudge.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfOffice_OneOfTwoAssigneesIn_IsNoFlag()
    {
        var absent = new Dictionary<string, OutOfOffice> { ["jdoe"] = new(true, null, "status: busy"), ["ksmith"] = OutOfOffice.In };

        Assert.Empty(CreateSut().Evaluate(Facts(ArState.InProgress, assignees: ["jdoe", "ksmith"], absent: absent), Monday.AddDays(2)));
    }

    [Fact]
    public void HoldReview_TenBusinessDaysOnHoldAndIdle_NudgesTheAssignee()
    {
        var nudge = Assert.Single(CreateSut().Evaluate(Facts(ArState.OnHold, assignees: ["jdoe"]), Monday.AddDays(14)));

        Assert.Equal(FlagKind.HoldReview, nudge.Flag);
        Assert.Equal("@jdoe, this AR has been On Hold for 10 business days. Is the hold still needed?", nudge.Sentence);
    }

    [Fact]
    public void HoldReview_APersonCommentedRecently_IsNoFlag() =>
        Assert.Empty(CreateSut().Evaluate(Facts(ArState.OnHold, assignees: ["jdoe"], lastTeam: Monday.AddDays(10)), Monday.AddDays(14)));

    [Fact]
    public void Stale_ARequestersAnyUpdate_DoesNotResetTheClock()
    {
        // The team last acted on Monday; the requester asked on Wednesday. Thursday: three business days of Sales Ops silence.
        var facts = Facts(ArState.InProgress, assignees: ["jdoe"], waitingSince: Monday.AddDays(2));

        var nudge = Assert.Single(CreateSut().Evaluate(facts, Monday.AddDays(3)));

        Assert.Equal(FlagKind.Stale, nudge.Flag);
        Assert.Equal("@jdoe, this AR has had no activity from Sales Ops for 3 business days. A comment from `requester` is waiting for an answer. Is it still moving?", nudge.Sentence);
    }

    [Fact]
    public void Stale_AnUnansweredCommentForADay_BringsTheNudgeForward()
    {
        // The team acted Monday; the requester asked Monday afternoon; Tuesday afternoon it is unanswered for a business day.
        var facts = Facts(ArState.InProgress, assignees: ["jdoe"], waitingSince: Monday.AddHours(5));

        var early = CreateSut().Evaluate(facts, Monday.AddDays(1));
        var nudge = Assert.Single(CreateSut().Evaluate(facts, Monday.AddDays(1).AddHours(5)));

        Assert.Empty(early);
        Assert.Equal(FlagKind.Stale, nudge.Flag);
    }

    [Fact]
    public void Stale_WithoutAnyComment_WaitsTheFullThreshold() =>
        Assert.Empty(CreateSut().Evaluate(Facts(ArState.InProgress, assignees: ["jdoe"]), Monday.AddDays(2)));

    [Fact]
    public void HoldReview_AnUnansweredComment_BringsTheReviewForward()
    {
        var facts = Facts(ArState.OnHold, assignees: ["jdoe"], waitingSince: Monday.AddDays(1));

        var nudge = Assert.Single(CreateSut().Evaluate(facts, Monday.AddDays(2)));

        Assert.Equal(FlagKind.HoldReview, nudge.Flag);
        Assert.Equal(["jdoe"], nudge.Mentions);
    }

    [Fact]
    public void HoldReview_UnassignedLongOnHold_NudgesTheDris()
    {
        var nudge = Assert.Single(CreateSut().Evaluate(Facts(ArState.OnHold), Monday.AddDays(14)));

        Assert.Equal(FlagKind.HoldReview, nudge.Flag);
        Assert.Equal(NudgeAudience.TeamAndDris, nudge.Audience);
        Assert.Equal(["amber", "meri"], nudge.Mentions);
        Assert.Equal("@amber @meri, this AR has been On Hold for 10 business days. Is the hold still needed?", nudge.Sentence);
    }

    [Fact]
    public void Stale_UnassignedInProgress_NudgesTheDrisNotNobody()
    {
        // In Progress without a team assignee only lasts until the next reconcile; the nudge still has people to reach.
        var nudge = Assert.Single(CreateSut().Evaluate(Facts(ArState.InProgress), Monday.AddDays(3)));

        Assert.Equal(["amber", "meri"], nudge.Mentions);
        Assert.NotEqual(NudgeAudience.Assignees, nudge.Audience);
    }

    [Fact]
    public void Escalation_AnAwayDriIsSkipped()
    {
        NudgeMarker[] three = [Marker(FlagKind.Stale, 1, Monday.AddDays(3)), Marker(FlagKind.Stale, 2, Monday.AddDays(8)), Marker(FlagKind.Stale, 3, Monday.AddDays(11))];
        var absent = new Dictionary<string, OutOfOffice> { ["meri"] = new(true, null, "status: On leave") };

        var escalation = Assert.Single(CreateSut().Evaluate(Facts(ArState.InProgress, assignees: ["jdoe"], absent: absent, markers: three), Monday.AddDays(16)));

        Assert.True(escalation.Escalation);
        Assert.Equal(["amber"], escalation.Mentions);
    }

    [Fact]
    public void Escalation_EveryDriAway_StillReachesThemRatherThanNobody()
    {
        NudgeMarker[] three = [Marker(FlagKind.Stale, 1, Monday.AddDays(3)), Marker(FlagKind.Stale, 2, Monday.AddDays(8)), Marker(FlagKind.Stale, 3, Monday.AddDays(11))];
        var absent = new Dictionary<string, OutOfOffice> { ["amber"] = new(true, null, "status: PTO"), ["meri"] = new(true, null, "status: OOO") };

        var escalation = Assert.Single(CreateSut().Evaluate(Facts(ArState.InProgress, assignees: ["jdoe"], absent: absent, markers: three), Monday.AddDays(16)));

        Assert.Equal(["amber", "meri"], escalation.Mentions);
    }

    [Theory]
    [InlineData(ArState.Completed, false, 30, false)]
    [InlineData(ArState.ActionNeeded, false, 0, false)]
    [InlineData(ArState.ActionNeeded, false, 1, true)]
    [InlineData(ArState.ActionNeeded, true, 30, false)]
    [InlineData(ArState.InProgress, true, 0, false)]
    [InlineData(ArState.InProgress, true, 1, true)]
    [InlineData(ArState.InProgress, false, 0, false)]
    [InlineData(ArState.InProgress, false, 1, true)] // an unanswered comment can be a day old
    [InlineData(ArState.OnHold, false, 0, false)]
    [InlineData(ArState.OnHold, false, 1, true)]
    public void MayBeFlagged_JudgesFromAgeAlone(ArState state, bool assigned, int businessDaysOld, bool expected) =>
        Assert.Equal(expected, CreateSut().MayBeFlagged(state, assigned, Monday, Monday.AddDays(businessDaysOld)));

    [Fact]
    public void Overdue_TheDayAfterTheDueDate_NudgesTheAssignee_BesideAnyOtherFlag()
    {
        var facts = Facts(ArState.InProgress, assignees: ["jdoe"]) with { DueDate = new DateOnly(2026, 11, 18) };

        var due = CreateSut().Evaluate(facts, Monday.AddDays(3)); // Thursday 19 Nov: stale and overdue

        Assert.Equal([FlagKind.Overdue, FlagKind.Stale], due.Select(n => n.Flag));
        Assert.Equal("@jdoe, this AR was due on 18 Nov 2026, 1 day ago. Can it be finished, or should the due date move?", due[0].Sentence);
        Assert.Equal(NudgeAudience.Assignees, due[0].Audience);
    }

    [Theory]
    [InlineData(ArState.InProgress, "2026-11-19", false)] // due today: not yet
    [InlineData(ArState.ActionNeeded, "2026-11-18", true)]
    [InlineData(ArState.OnHold, "2026-11-01", false)] // it waits on its hold
    [InlineData(ArState.Completed, "2026-11-01", false)]
    public void Overdue_OnlyForWorkTheTeamOwes_OnceTheDueDayHasEnded(ArState state, string dueDate, bool overdue)
    {
        var facts = Facts(state, assignees: ["jdoe"], since: Monday.AddDays(3)) with { DueDate = DateOnly.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(overdue, CreateSut().Evaluate(facts, Monday.AddDays(3).AddHours(2)).Any(n => n.Flag == FlagKind.Overdue));
        Assert.Equal(overdue, CreateSut().IsOverdue(state, facts.DueDate, Monday.AddDays(3).AddHours(2)));
    }

    [Fact]
    public void Overdue_RepeatsEveryTwoBusinessDays_AndADueDateMovedLaterStartsAfresh()
    {
        var nudged = Facts(ArState.InProgress, assignees: ["jdoe"], lastTeam: Monday.AddDays(3)) with
        {
            DueDate = new DateOnly(2026, 11, 17),
            Markers = [Marker(FlagKind.Overdue, 1, Monday.AddDays(2))],
        };

        Assert.DoesNotContain(CreateSut().Evaluate(nudged, Monday.AddDays(3)), n => n.Flag == FlagKind.Overdue);
        Assert.Equal(2, CreateSut().Evaluate(nudged, Monday.AddDays(4)).Single(n => n.Flag == FlagKind.Overdue).Number);
        Assert.Equal(1, CreateSut().Evaluate(nudged with { DueDate = new DateOnly(2026, 11, 19) }, Monday.AddDays(4)).Single(n => n.Flag == FlagKind.Overdue).Number);
    }

    [Fact]
    public void MayBeFlagged_AnArPastItsDueDate_WhateverItsAge() =>
        Assert.True(CreateSut().MayBeFlagged(ArState.ActionNeeded, true, Monday, Monday.AddHours(1), new DateOnly(2026, 11, 13)));

    [Fact]
    public void ASnoozedAr_GetsNoNudge_UntilTheSnoozeEnds_ThoughItsFlagIsRaised()
    {
        var now = Monday.AddDays(1).AddHours(1);
        var snoozed = Facts(ArState.ActionNeeded) with { SnoozedUntil = now.AddHours(2) };

        Assert.Empty(CreateSut().Evaluate(snoozed, now));
        Assert.Equal([FlagKind.Unassigned], CreateSut().Raised(snoozed, now));
        Assert.Single(CreateSut().Evaluate(snoozed, now.AddHours(2)));
    }

    private static FlagRules CreateSut() => new(["amber", "meri"], new FlagThresholds(), BusinessCalendar.Default);

    private static ArFacts Facts(
        ArState state,
        DateTimeOffset? since = null,
        DateTimeOffset? lastTeam = null,
        string[]? assignees = null,
        Dictionary<string, OutOfOffice>? absent = null,
        NudgeMarker[]? markers = null,
        DateTimeOffset? waitingSince = null) => new()
        {
            State = state,
            StateSince = since ?? Monday,
            LastTeamActivity = lastTeam ?? since ?? Monday,
            WaitingSince = waitingSince,
            WaitingOn = waitingSince is null ? null : "requester",
            TeamAssignees = assignees ?? [],
            Absent = absent ?? new Dictionary<string, OutOfOffice>(),
            Markers = markers ?? [],
        };

    private static NudgeMarker Marker(FlagKind flag, int number, DateTimeOffset at, bool escalation = false) =>
        new(flag, number, escalation, at, 1, []);
}
