using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Sweeping;
using SalesOpsAr.Worker.Configuration;
using SalesOpsAr.Worker.Notifying;
using SalesOpsAr.Worker.Reconciling;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>
/// One sweep: list every open AR (100 a page), reconcile the ones changed since the last sweep (healing
/// lost webhooks), then flag and nudge. Notes first (they are the memory), then one Slack message and one
/// email per recipient; channels that fail stay pending in the notes' markers for the next sweep.
/// </summary>
internal sealed class Sweeper(
    IGitLabClient gitLab,
    GitLabCallMeter meter,
    ArRules rules,
    ArReconciler reconciler,
    ArHistoryReader histories,
    ArHistoryCache historyCache,
    IEnumerable<INudgeChannel> channels,
    SweepState state,
    DigestState digestState,
    SlackChannel slack,
    EmailChannel email,
    IOptions<GitLabOptions> gitLabOptions,
    IOptions<SweepOptions> sweepOptions,
    IOptions<WorkflowOptions> workflowOptions,
    IOptions<NotificationOptions> notificationOptions,
    IOptions<ServiceOptions> serviceOptions,
    Observability.SalesOpsArMetrics metrics,
    WebhookMonitor webhookMonitor,
    TimeProvider clock,
    ILogger<Sweeper> logger)
{
    private const string NoteChannel = "note";

    public async Task<SweepSummary> RunOnceAsync(bool dryRun, CancellationToken cancellationToken)
    {
        dryRun = dryRun || serviceOptions.Value.DryRun || !gitLabOptions.Value.HasToken;
        var now = clock.GetUtcNow();
        var callsBefore = meter.Total;
        var options = sweepOptions.Value;
        var calendar = options.Calendar.ToCalendar();
        var dris = workflowOptions.Value.ToSettings().Dris;
        var flagRules = new FlagRules(dris, options.Thresholds, calendar);
        var healSince = state.LastStart - options.HealMargin;
        var absences = options.PlannedAbsences();
        var statuses = new Dictionary<long, GitLabUserStatus>();
        var due = new List<(GitLabIssue Issue, long ProjectId, IReadOnlyList<DueNudge> Nudges)>();
        var retries = new List<Delivery>();
        var open = new List<OpenAr>();
        var absentSeen = new Dictionary<string, OutOfOffice>(StringComparer.OrdinalIgnoreCase);
        int seen = 0, changed = 0;
        await webhookMonitor.CheckAsync(dryRun, cancellationToken);

        foreach (var projectId in gitLabOptions.Value.ProjectIdList)
        {
            foreach (var issue in await gitLab.ListOpenIssuesAsync(projectId, cancellationToken))
            {
                var ar = issue.ToSnapshot(projectId);
                if (!rules.IsSalesOpsAr(ar.Labels, ar.Description))
                {
                    continue;
                }

                seen++;
                if (healSince is null || issue.UpdatedAt is null || issue.UpdatedAt >= healSince)
                {
                    var result = await reconciler.ReconcileAsync(ar, dryRun, cancellationToken);
                    if (result.Outcome is ReconcileOutcome.Applied or ReconcileOutcome.DryRun)
                    {
                        changed++;
                        continue; // flagged on the next sweep, from its new state
                    }
                }

                var arState = CurrentState(ar);
                var team = rules.TeamAssignees(ar);
                if (arState is { } known)
                {
                    open.Add(new OpenAr(issue.Iid, issue.Title, issue.WebUrl, known, team, issue.CreatedAt ?? now));
                }

                if (arState is null || !flagRules.MayBeFlagged(arState.Value, team.Count > 0, issue.CreatedAt ?? now, now))
                {
                    continue;
                }

                var history = await histories.ReadAsync(issue, projectId, arState.Value, cancellationToken);
                var absent = new Dictionary<string, OutOfOffice>(StringComparer.OrdinalIgnoreCase);
                foreach (var user in issue.Assignees.Where(a => team.Contains(a.Username, StringComparer.OrdinalIgnoreCase)))
                {
                    if (!statuses.TryGetValue(user.Id, out var status))
                    {
                        status = await gitLab.GetUserStatusAsync(user.Id, cancellationToken); // once per person per sweep
                        statuses[user.Id] = status;
                    }

                    absent[user.Username] = OutOfOfficeReader.Read(
                        new UserStatusFacts(user.Username, user.Name, status.Availability, status.Message, status.Emoji, status.ClearStatusAt),
                        absences, now, calendar);
                }

                foreach (var dri in dris.Where(d => !absent.ContainsKey(d)))
                {
                    absent[dri] = OutOfOfficeReader.Read(new UserStatusFacts(dri), absences, now, calendar);
                }

                foreach (var (user, reading) in absent)
                {
                    absentSeen[user] = reading;
                }

                var facts = new ArFacts
                {
                    State = arState.Value,
                    StateSince = history.StateSince,
                    LastPersonActivity = history.LastPersonActivity,
                    TeamAssignees = team,
                    Absent = absent,
                    Markers = history.Markers,
                };
                var nudges = flagRules.Evaluate(facts, now);
                if (nudges.Count > 0)
                {
                    due.Add((issue, projectId, nudges));
                }

                retries.AddRange(PendingRetries(issue, projectId, history, team));
            }
        }

        var (sent, failed) = dryRun
            ? (new Dictionary<string, int>(), new List<string>())
            : await NudgeAsync(due, retries, now, cancellationToken);
        foreach (var (issue, projectId, nudges) in due)
        {
            foreach (var nudge in nudges)
            {
                var flag = nudge.Escalation ? $"{nudge.Flag} (escalation)" : nudge.Flag.ToString();
                SweepLog.Flagged(logger, projectId, issue.Iid, flag, nudge.Sentence);
            }
        }

        var digestSent = !dryRun && await SendDigestAsync(open, absentSeen, calendar, now, cancellationToken);
        state.LastStart = now;
        var calls = meter.Total - callsBefore;
        var elapsedMs = (long)(clock.GetUtcNow() - now).TotalMilliseconds;
        metrics.SweepDone(clock.GetUtcNow() - now, open.Select(a => a.State));
        SweepLog.Done(logger, elapsedMs, seen, changed, due.Count, calls, dryRun);
        return new SweepSummary
        {
            ArsSeen = seen,
            ArsChanged = changed,
            ArsFlagged = due.Count,
            DryRun = dryRun,
            NudgesSent = sent,
            FailedChannels = failed,
            DigestSent = digestSent,
            GitLabCalls = calls,
            Duration = clock.GetUtcNow() - now,
            Flagged = due.SelectMany(d => d.Nudges.Select(n => $"#{d.Issue.Iid} {d.Issue.Title} [{n.Flag}{(n.Escalation ? ", escalation" : $" {n.Number}")}]: {n.Sentence}")).ToList(),
        };
    }

    private async Task<(Dictionary<string, int> Sent, List<string> Failed)> NudgeAsync(
        List<(GitLabIssue Issue, long ProjectId, IReadOnlyList<DueNudge> Nudges)> due, List<Delivery> retries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var enabled = channels.Where(c => c.Enabled).ToList();
        var names = enabled.Select(c => c.Name).ToList();
        var sent = new Dictionary<string, int>();
        var failed = new List<string>();
        var deliveries = new List<Delivery>(retries);

        foreach (var (issue, projectId, nudges) in due)
        {
            var body = NudgeNote.Render(nudges, names, now);
            if (!notificationOptions.Value.GitLabNotes)
            {
                body = body[body.IndexOf("<!--", StringComparison.Ordinal)..]; // the memory stays, the text goes
            }

            var note = await gitLab.CreateNoteAsync(projectId, issue.Iid, body, cancellationToken);
            historyCache.Forget((projectId, issue.Iid));
            sent[NoteChannel] = sent.GetValueOrDefault(NoteChannel) + nudges.Count;
            foreach (var nudge in nudges)
            {
                metrics.Nudge(nudge.Flag.ToString(), NoteChannel, 1);
            }
            deliveries.AddRange(nudges.Select(n => new Delivery(Item(issue, projectId, n, note.Id), names, body)));
        }

        var delivered = new Dictionary<string, IReadOnlySet<NudgeItem>>();
        foreach (var channel in enabled)
        {
            var mine = deliveries.Where(d => d.Owed.Contains(channel.Name)).Select(d => d.Item).ToList();
            var ok = await channel.DeliverAsync(mine, cancellationToken);
            delivered[channel.Name] = ok;
            sent[channel.Name] = ok.Count;
            foreach (var flag in ok.GroupBy(i => i.Flag))
            {
                metrics.Nudge(flag.Key.ToString(), channel.Name, flag.Count());
            }
            if (ok.Count < mine.Count)
            {
                failed.Add(channel.Name);
            }
        }

        // Each note's marker keeps the channels still owed; the next sweep retries exactly those.
        foreach (var note in deliveries.GroupBy(d => d.Item.NoteId))
        {
            var before = note.First().Owed;
            var after = before
                .Where(name => delivered.ContainsKey(name) && note.Any(d => d.Owed.Contains(name) && !delivered[name].Contains(d.Item)))
                .ToList();
            if (!after.SequenceEqual(before))
            {
                var first = note.First();
                await gitLab.EditNoteAsync(first.Item.ProjectId, first.Item.Iid, note.Key, NudgeMarker.WithPending(first.NoteBody, after), cancellationToken);
                historyCache.Forget((first.Item.ProjectId, first.Item.Iid));
            }
        }

        return (sent, failed);
    }

    // Once a business day, with the first sweep at or after Sweep:Digest:At (local), if that is within an hour of it.
    private async Task<bool> SendDigestAsync(
        List<OpenAr> open, Dictionary<string, OutOfOffice> absent, Workflow.Calendar.BusinessCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var options = sweepOptions.Value.Digest;
        var local = TimeZoneInfo.ConvertTime(now, calendar.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (options.At is not { } at || !calendar.IsWorkDay(day) || time < at || time >= at.AddHours(1) || !digestState.TryClaim(day))
        {
            return false;
        }

        var text = Digest.Render(open, absent, day, options.Oldest, calendar.Zone);
        var sent = false;
        if (notificationOptions.Value.SlackEnabled)
        {
            sent |= await slack.PostAsync(text, 0, cancellationToken);
        }

        if (notificationOptions.Value.EmailEnabled)
        {
            var messages = notificationOptions.Value.Email.Team.Where(a => a.Trim().Length > 0).Select(to =>
            {
                var message = new MimeKit.MimeMessage { Subject = $"Sales Ops AR digest, {day.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)}" };
                message.From.Add(MimeKit.MailboxAddress.Parse(notificationOptions.Value.Smtp.From));
                message.To.Add(MimeKit.MailboxAddress.Parse(to.Trim()));
                message.Body = new MimeKit.TextPart("plain") { Text = text };
                return message;
            }).ToList();
            sent |= (await email.SendAsync(messages, 0, cancellationToken)).Count > 0;
        }

        return sent;
    }

    private ArState? CurrentState(ArSnapshot ar)
    {
        var states = ar.Labels.Select(rules.Labels.StateOf).Where(s => s is not null).Select(s => s!.Value).Distinct().ToList();
        return states.Count == 1 ? states[0] : null;
    }

    // Nudges whose email or Slack did not go out at an earlier sweep, rebuilt from the note that promised them.
    private static IEnumerable<Delivery> PendingRetries(GitLabIssue issue, long projectId, ArHistory history, IReadOnlyList<string> team) =>
        history.Markers.Where(m => m.Pending.Count > 0 && history.BotNoteBodies.ContainsKey(m.NoteId)).Select(m =>
        {
            var audience = m.Escalation ? NudgeAudience.Dris
                : m.Flag is FlagKind.Unassigned or FlagKind.AssigneeOutOfOffice ? NudgeAudience.TeamAndDris
                : NudgeAudience.Assignees;
            var body = history.BotNoteBodies[m.NoteId];
            var item = new NudgeItem(projectId, issue.Iid, issue.Title, issue.WebUrl, m.Flag, m.Escalation, audience, team, Sentence(body), m.NoteId);
            return new Delivery(item, m.Pending, body);
        });

    private static NudgeItem Item(GitLabIssue issue, long projectId, DueNudge nudge, long noteId) =>
        new(projectId, issue.Iid, issue.Title, issue.WebUrl, nudge.Flag, nudge.Escalation, nudge.Audience, nudge.Mentions, nudge.Sentence, noteId);

    private static string Sentence(string body)
    {
        var start = body.IndexOf("**Sales Ops AR bot:** ", StringComparison.Ordinal);
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        return start >= 0 && end > start ? body[(start + 22)..end] : "";
    }
}
