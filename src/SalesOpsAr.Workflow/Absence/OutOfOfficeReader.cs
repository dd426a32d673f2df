using System.Text.RegularExpressions;
using SalesOpsAr.Workflow.Calendar;

namespace SalesOpsAr.Workflow.Absence;

/// <summary>
/// Reads "out of office" the way GitLab teams signal it: availability <c>busy</c>, an OOO-like status
/// message, a holiday emoji, "OOO" in the display name; plus configured absences. GitLab has no field of
/// its own for it. The status' <c>clear_status_at</c> is the best return date there is.
/// </summary>
public static partial class OutOfOfficeReader
{
    private static readonly HashSet<string> HolidayEmoji = new(StringComparer.OrdinalIgnoreCase)
    {
        "palm_tree", "beach", "beach_umbrella", "beach_with_umbrella", "desert_island", "airplane",
        "airplane_departure", "face_with_thermometer", "thermometer", "sick", "baby", "luggage",
    };

    public static OutOfOffice Read(
        UserStatusFacts facts, IEnumerable<PlannedAbsence> absences, DateTimeOffset now, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(absences);
        ArgumentNullException.ThrowIfNull(calendar);

        var today = calendar.LocalDate(now);
        var planned = absences.FirstOrDefault(a =>
            string.Equals(a.Username, facts.Username, StringComparison.OrdinalIgnoreCase) && a.From <= today && today <= a.Until);
        if (planned is not null)
        {
            var back = planned.Until.AddDays(1).ToDateTime(TimeOnly.MinValue);
            return new OutOfOffice(true, new DateTimeOffset(back, calendar.Zone.GetUtcOffset(back)), "planned absence");
        }

        var statusLive = facts.ClearStatusAt is null || facts.ClearStatusAt > now;
        var until = statusLive ? facts.ClearStatusAt : null;
        var saysAway = statusLive && facts.Message is { } message && OooWords().IsMatch(message);
        if (saysAway)
        {
            return new OutOfOffice(true, until, $"status: \"{facts.Message}\"");
        }

        // "Busy" alone reads as away; busy with a message about work ("Heads-down on QBR deck") is someone at work.
        if (statusLive && string.Equals(facts.Availability, "busy", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(facts.Message))
        {
            return new OutOfOffice(true, until, "status: busy");
        }

        if (statusLive && facts.Emoji is { } emoji && HolidayEmoji.Contains(emoji))
        {
            return new OutOfOffice(true, until, $"status emoji :{emoji}:");
        }

        if (facts.DisplayName is { } name && OooInName().IsMatch(name))
        {
            return new OutOfOffice(true, null, "OOO in the display name");
        }

        return OutOfOffice.In;
    }

    // Whole words, any case: OOO, out of (the) office, out sick, sick, off until/till, (on) leave of any kind,
    // holiday(s), vacation, PTO. Not "off" alone ("kick-off"), not "away" (too often "away from keyboard").
    [GeneratedRegex(@"\bOOO\b|\bout\s+of\s+(the\s+)?office\b|\bout\s+sick\b|\bsick\b|\boff\s+(until|till|til)\b|\bon\s+leave\b|\b(annual|parental|maternity|paternity|sick|medical|family|bereavement)\s+leave\b|\bholidays?\b|\bvacation\b|\bPTO\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OooWords();

    [GeneratedRegex(@"\bOOO\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OooInName();
}
