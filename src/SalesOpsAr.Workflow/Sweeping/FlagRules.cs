using System.Globalization;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>
/// Decides which nudges an open AR is owed now: unassigned, assignee out of office, stale, hold review, and past its
/// due date (beside any of the others: a stale AR may be overdue too).
/// Clocks run in business time, from when the AR entered its state or from the last thing a person did;
/// the bot's own notes and edits never reset them. A flag repeats only after another full threshold, at
/// most <see cref="FlagThresholds.MaxReminders"/> times, then escalates once to the DRIs.
/// </summary>
public sealed class FlagRules(IReadOnlyList<string> dris, FlagThresholds thresholds, BusinessCalendar calendar)
{
    public FlagThresholds Thresholds => thresholds;

    /// <summary>
    /// False when no flag can be due whatever the AR's history, judged from what the issue list shows:
    /// then the sweep reads nothing more about it.
    /// </summary>
    public bool MayBeFlagged(ArState state, bool hasTeamAssignee, DateTimeOffset createdAt, DateTimeOffset now, DateOnly? dueDate = null)
    {
        if (IsOverdue(state, dueDate, now))
        {
            return true;
        }

        var age = calendar.BusinessDaysBetween(createdAt, now);
        return state switch
        {
            ArState.ActionNeeded => !hasTeamAssignee && age >= thresholds.Unassigned,
            ArState.InProgress => age >= Min(thresholds.Stale, thresholds.Unanswered, hasTeamAssignee ? thresholds.AssigneeOutOfOffice : thresholds.Stale),
            ArState.OnHold => age >= Min(thresholds.HoldReview, thresholds.Unanswered, hasTeamAssignee ? thresholds.AssigneeOutOfOffice : thresholds.HoldReview),
            _ => false,
        };
    }

    /// <summary>Whom a nudge is for: unassigned and out-of-office ARs are the team's business, stale and held
    /// ones their assignee's, and an escalation goes to the DRIs.</summary>
    public static NudgeAudience AudienceOf(FlagKind flag, bool escalation) =>
        escalation ? NudgeAudience.Dris
        : flag is FlagKind.Unassigned or FlagKind.AssigneeOutOfOffice ? NudgeAudience.TeamAndDris
        : NudgeAudience.Assignees;

    public IReadOnlyList<DueNudge> Evaluate(ArFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var due = new List<DueNudge>();
        if (facts.SnoozedUntil is { } until && now < until)
        {
            return due; // snoozed by a person: the flags stay raised (the page shows them), no nudge is sent
        }

        foreach (var (flag, days, since) in RaisedWithClocks(facts, now))
        {
            if (Schedule(facts, flag, since, now) is { } number)
            {
                due.Add(Describe(facts, flag, number, days));
            }
        }

        return due;
    }

    /// <summary>Action Needed or In Progress, and the due date is a day that has ended where the team works.</summary>
    public bool IsOverdue(ArState state, DateOnly? dueDate, DateTimeOffset now) =>
        state is ArState.ActionNeeded or ArState.InProgress && dueDate is { } due && calendar.LocalDate(now) > due;

    /// <summary>The flags raised on the AR now, whether or not a nudge about them is due (for the status page).</summary>
    public IReadOnlyList<FlagKind> Raised(ArFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. RaisedWithClocks(facts, now).Select(r => r.Flag)];
    }

    private IEnumerable<(FlagKind Flag, double Days, DateTimeOffset EpisodeStart)> RaisedWithClocks(ArFacts facts, DateTimeOffset now)
    {
        if (IsOverdue(facts.State, facts.DueDate, now))
        {
            // The episode starts when the due day ends: a due date moved later starts a new one.
            var dayAfter = facts.DueDate!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue);
            var ended = new DateTimeOffset(dayAfter, calendar.Zone.GetUtcOffset(dayAfter));
            yield return (FlagKind.Overdue, calendar.LocalDate(now).DayNumber - facts.DueDate.Value.DayNumber, ended);
        }

        var idle = calendar.BusinessDaysBetween(facts.LastTeamActivity, now);
        var inState = calendar.BusinessDaysBetween(facts.StateSince, now);
        var waiting = facts.WaitingSince is { } since ? calendar.BusinessDaysBetween(since, now) : 0;
        var unanswered = facts.WaitingSince is not null && waiting >= thresholds.Unanswered;
        var activityEpisode = facts.LastTeamActivity > facts.StateSince ? facts.LastTeamActivity : facts.StateSince;
        var allOut = facts.TeamAssignees.Count > 0
            && facts.TeamAssignees.All(a => facts.Absent.TryGetValue(a, out var o) && o.IsOut);

        switch (facts.State)
        {
            case ArState.ActionNeeded when facts.TeamAssignees.Count == 0 && inState >= thresholds.Unassigned:
                yield return (FlagKind.Unassigned, inState, facts.StateSince);
                break;
            case ArState.InProgress or ArState.OnHold when allOut:
                if (idle >= thresholds.AssigneeOutOfOffice)
                {
                    yield return (FlagKind.AssigneeOutOfOffice, idle, activityEpisode);
                }

                break;
            case ArState.InProgress when idle >= thresholds.Stale || unanswered:
                yield return (FlagKind.Stale, idle, activityEpisode);
                break;
            case ArState.OnHold when (inState >= thresholds.HoldReview && idle >= thresholds.HoldReview) || unanswered:
                yield return (FlagKind.HoldReview, inState, activityEpisode);
                break;
        }
    }

    // The next reminder's number, 0 for the escalation, or null when nothing is due yet.
    private int? Schedule(ArFacts facts, FlagKind flag, DateTimeOffset episodeStart, DateTimeOffset now)
    {
        var earlier = facts.Markers.Where(m => m.Flag == flag && m.At >= episodeStart).OrderBy(m => m.At).ToList();
        if (earlier.Count == 0)
        {
            return 1;
        }

        if (earlier.Any(m => m.Escalation) || calendar.BusinessDaysBetween(earlier[^1].At, now) < thresholds.For(flag))
        {
            return null;
        }

        var reminders = earlier.Count(m => !m.Escalation);
        return reminders < thresholds.MaxReminders ? reminders + 1 : 0;
    }

    private DueNudge Describe(ArFacts facts, FlagKind flag, int number, double days)
    {
        var escalation = number == 0;
        var present = dris.Where(d => !(facts.Absent.TryGetValue(d, out var o) && o.IsOut)).ToList();
        var driContacts = present.Count > 0 ? present : dris.ToList(); // all away: tell them anyway rather than nobody
        var assignees = facts.TeamAssignees.Count > 0 ? facts.TeamAssignees.ToList() : driContacts; // never an empty audience
        var audience = facts.TeamAssignees.Count > 0 || flag is FlagKind.Unassigned or FlagKind.AssigneeOutOfOffice
            ? AudienceOf(flag, escalation) : escalation ? NudgeAudience.Dris : NudgeAudience.TeamAndDris;
        var (mentions, sentence) = flag switch
        {
            FlagKind.Unassigned => (driContacts,
                $"This AR has waited {BusinessCalendar.InWords(days)} with nobody from Sales Ops assigned. {At(driContacts)}, can someone on the team pick it up?"),
            FlagKind.AssigneeOutOfOffice => (driContacts,
                $"{Absence(facts)}; this AR has had no activity from Sales Ops for {BusinessCalendar.InWords(days)}. {At(driContacts)}, can someone on the team take it?"),
            FlagKind.Stale => (assignees,
                $"{At(assignees)}, this AR has had no activity from Sales Ops for {BusinessCalendar.InWords(days)}.{Waiting(facts)} Is it still moving?"),
            FlagKind.Overdue => (assignees,
                $"{At(assignees)}, this AR was due on {facts.DueDate!.Value.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, {(days == 1 ? "1 day" : $"{days:0} days")} ago. Can it be finished, or should the due date move?"),
            _ => (assignees,
                $"{At(assignees)}, this AR has been On Hold for {BusinessCalendar.InWords(days)}.{Waiting(facts)} Is the hold still needed?"),
        };
        if (escalation)
        {
            mentions = driContacts;
            sentence = $"{At(driContacts)}: {thresholds.MaxReminders} reminders about this AR went unanswered ({Describe(flag)}, {BusinessCalendar.InWords(days)}); escalating to the provisioning DRIs.";
        }

        return new DueNudge(flag, number, escalation, audience, mentions, sentence, days);
    }

    private static string Waiting(ArFacts facts) => facts.WaitingOn is { } who ? $" A comment from {NoteText.Code(who)} is waiting for an answer." : "";

    private string Absence(ArFacts facts) => string.Join(" and ", facts.TeamAssignees.Select(a =>
    {
        var until = facts.Absent[a].Until;
        var back = until is { } u ? " until " + TimeZoneInfo.ConvertTime(u, calendar.Zone).ToString("d MMM", CultureInfo.InvariantCulture) : "";
        return $"{NoteText.Code(a)} is out of office{back}";
    }));

    private static string Describe(FlagKind flag) => flag switch
    {
        FlagKind.Unassigned => "unassigned",
        FlagKind.AssigneeOutOfOffice => "assignee out of office",
        FlagKind.Stale => "no activity",
        FlagKind.Overdue => "past its due date",
        _ => "on hold",
    };

    private static double Min(params double[] days) => days.Min();

    private static string At(IEnumerable<string> users) => string.Join(' ', users.Select(u => "@" + u));
}
