using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Telemetry;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Status;

/// <summary>Turns a finished sweep into the status page's snapshot: the board, the team's load and the health, read once per sweep.</summary>
internal sealed class StatusRecorder(
    StatusBoard board,
    ArRules rules,
    BusinessCalendar calendar,
    QueueDepths queues,
    GitLabCallMeter calls,
    SalesOpsArMetrics metrics,
    IOptions<GitLabOptions> gitLab) : ISweepListener
{
    public async Task SweptAsync(SweepReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (open, absent, now) = (report.Board, report.Absent, report.SweptAt);
        var depths = await queues.ReadAsync(cancellationToken);
        metrics.QueueDepths(depths);
        var team = rules.Settings.Team.Concat(rules.Settings.Dris).Distinct(StringComparer.OrdinalIgnoreCase);
        board.Record(new StatusSnapshot
        {
            SweptAt = now,
            SweepDuration = report.Duration,
            DryRun = report.DryRun,
            GitLabCalls = report.GitLabCalls,
            CallsPerMinute = gitLab.Value.CallsPerMinute,
            Failures = report.Failures,
            Cards = [.. open.Select(a => new StatusCard
            {
                Iid = a.Iid,
                Title = a.Title,
                Url = a.Url,
                State = a.State,
                HoldReason = a.HoldReason,
                AgeBusinessDays = Math.Round(calendar.BusinessDaysBetween(a.CreatedAt, now), 2), // a reader wants 5.13, not 5.125000186704861
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
            Webhook = report.Webhook,
            Queues = depths,
            RateLimitRemaining = calls.RateLimitRemaining is var left and >= 0 ? left : null,
        });
    }
}
