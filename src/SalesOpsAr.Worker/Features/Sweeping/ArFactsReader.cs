using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Platform.Reading;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.History;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>
/// Turns what GitLab says about an open AR into the facts the flag rules read: its label events and notes (two paged
/// calls, remembered per process until the issue's <c>updated_at</c> moves), the statuses of its team assignees and
/// of the DRIs (one call per person per sweep: this reader lives for one sweep) and the configured absences.
/// </summary>
internal sealed class ArFactsReader(
    IGitLabClient gitLab, ArRules rules, IOptions<GitLabOptions> gitLabOptions, IOptions<SweepOptions> sweep, BusinessCalendar calendar, ArHistoryCache cache, UserIds userIds)
{
    private readonly Dictionary<long, GitLabUserStatus> _statuses = [];
    private readonly Dictionary<string, OutOfOffice> _absent = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<PlannedAbsence> _absences = sweep.Value.PlannedAbsences();

    /// <summary>Everyone whose absence this sweep read, for the digest.</summary>
    public IReadOnlyDictionary<string, OutOfOffice> Absent => _absent;

    public async Task<(ArFacts Facts, ArHistory History)> ReadAsync(
        long projectId, GitLabIssue issue, ArState state, IReadOnlyList<string> team, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(projectId, issue, state, team, cancellationToken);
        var absent = new Dictionary<string, OutOfOffice>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in issue.Assignees.Where(a => team.Contains(a.Username, StringComparer.OrdinalIgnoreCase)))
        {
            absent[user.Username] = await AbsenceAsync(user, now, cancellationToken);
        }

        foreach (var dri in rules.Settings.Dris.Where(d => !absent.ContainsKey(d)))
        {
            absent[dri] = await userIds.FindAsync(dri, cancellationToken) is { } user
                ? await AbsenceAsync(user, now, cancellationToken)
                : OutOfOfficeReader.Read(new UserStatusFacts(dri), _absences, now, calendar);
        }

        var facts = new ArFacts
        {
            State = state,
            StateSince = history.StateSince,
            LastTeamActivity = history.LastTeamActivity,
            WaitingSince = history.WaitingSince,
            WaitingOn = history.WaitingOn,
            TeamAssignees = team,
            Absent = absent,
            Markers = history.Markers,
            DueDate = issue.DueDate,
            SnoozedUntil = history.SnoozedUntil,
        };
        return (facts, history);
    }

    /// <summary>The bot wrote on these ARs: their remembered history is out of date.</summary>
    public void Forget(IEnumerable<(long ProjectId, long Iid)> ars)
    {
        foreach (var ar in ars)
        {
            cache.Forget(ar);
        }
    }

    /// <summary>The AR's history alone (its label events and notes, remembered until the issue changes).</summary>
    public async Task<ArHistory> HistoryAsync(long projectId, GitLabIssue issue, ArState state, IReadOnlyList<string> assignees, CancellationToken cancellationToken)
    {
        var key = (projectId, issue.Iid);
        var created = issue.CreatedAt ?? DateTimeOffset.MinValue;
        var stamp = (issue.UpdatedAt ?? DateTimeOffset.MinValue, state);
        if (cache.TryGet(key, stamp, out var known))
        {
            return known;
        }

        var labelEvents = await gitLab.ListLabelEventsAsync(projectId, issue.Iid, cancellationToken);
        var notes = await gitLab.ListNotesAsync(projectId, issue.Iid, cancellationToken);
        var salesOps = rules.Settings.Team.Concat(rules.Settings.Dris).Concat(assignees).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var history = ArHistory.Of(state, created, ArInput.LabelEvents(labelEvents), ArInput.Notes(notes, created), gitLabOptions.Value.BotUsername, rules.Labels, salesOps);
        cache.Set(key, stamp, history);
        return history;
    }

    private async Task<OutOfOffice> AbsenceAsync(GitLabUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = await StatusAsync(user.Id, cancellationToken);
        var reading = OutOfOfficeReader.Read(
            new UserStatusFacts(user.Username, user.Name, status.Availability, status.Message, status.Emoji, status.ClearStatusAt), _absences, now, calendar);
        _absent[user.Username] = reading;
        return reading;
    }

    // A user whose status GitLab will not give (404: blocked or deleted) is read as present: a missing status
    // must not cost the AR its other flags, nor make anyone look away.
    private async Task<GitLabUserStatus> StatusAsync(long userId, CancellationToken cancellationToken)
    {
        if (!_statuses.TryGetValue(userId, out var status))
        {
            try
            {
                status = await gitLab.GetUserStatusAsync(userId, cancellationToken);
            }
            catch (GitLabApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                status = new GitLabUserStatus();
            }

            _statuses[userId] = status;
        }

        return status;
    }
}
