using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Sweeping;

namespace SalesOpsAr.Worker.Status;

/// <summary>Turns a finished sweep into the status page's snapshot: the board, the team's load and the health, read once per sweep.</summary>
internal sealed class StatusRecorder(
    StatusBoard board,
    ArRules rules,
    BusinessCalendar calendar,
    Messaging.QueueDepths queues,
    GitLabCallMeter calls,
    Observability.SalesOpsArMetrics metrics,
    Observability.WebhookMonitorState webhook,
    IOptions<GitLabOptions> gitLab)
{
    public async Task RecordAsync(SweepRun run, IReadOnlyDictionary<string, OutOfOffice> absent, SweepSummary summary, CancellationToken cancellationToken)
    {
        var open = run.Board;
        var depths = await queues.ReadAsync(cancellationToken);
        metrics.QueueDepths(depths);
        var team = rules.Settings.Team.Concat(rules.Settings.Dris).Distinct(StringComparer.OrdinalIgnoreCase);
        board.Record(new StatusSnapshot
        {
            SweptAt = run.Now,
            SweepDuration = summary.Duration,
            DryRun = run.DryRun,
            GitLabCalls = summary.GitLabCalls,
            CallsPerMinute = gitLab.Value.CallsPerMinute,
            Failures = summary.Failures.Count,
            Cards = [.. open.Select(a => new StatusCard
            {
                Iid = a.Iid,
                Title = a.Title,
                Url = a.Url,
                State = a.State,
                HoldReason = a.HoldReason,
                AgeBusinessDays = calendar.BusinessDaysBetween(a.CreatedAt, run.Now),
                Assignees = a.TeamAssignees,
                DueDate = a.DueDate,
                Flags = a.Flags,
            })],
            Load = [.. team.Select(member => (Member: member, Away: absent.GetValueOrDefault(member) is { IsOut: true } away ? away : null))
                .Select(m => new TeamLoad(
                    m.Member,
                    open.Count(a => a.State != ArState.Completed && a.TeamAssignees.Contains(m.Member, StringComparer.OrdinalIgnoreCase)),
                    m.Away is not null,
                    m.Away?.Until))
                .Where(l => l.OpenArs > 0 || l.OutOfOffice)],
            Webhook = webhook.Described,
            Queues = depths,
            RateLimitRemaining = calls.RateLimitRemaining is var left and >= 0 ? left : null,
        });
    }
}
