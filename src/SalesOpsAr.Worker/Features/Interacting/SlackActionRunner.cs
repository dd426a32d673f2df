using System.Globalization;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Interacting;

/// <summary>
/// Does what a Slack click asks (#25), as the clicker's GitLab user: <b>take</b> assigns them (the reconciler then moves the
/// AR to In Progress and the runbook note follows, as on any pickup), <b>snooze</b> holds the AR's nudges for one business
/// day (recorded in the bot's note, so restarts and replicas honour it), <b>provision</b> is the <c>provision</c> command
/// for each connected system the AR asks for. Only the team and the DRIs may; the AR is re-read first (it may have been
/// taken or closed in GitLab meanwhile); every change is explained in a note carrying the click's key, so a redelivered
/// click does nothing twice; the message is updated through Slack's <c>response_url</c>.
/// </summary>
internal sealed partial class SlackActionRunner(
    IGitLabClient gitLab,
    Connectors connectors,
    ArRules rules,
    ArRequestReader reader,
    BusinessCalendar calendar,
    NotesBudget budget,
    BrokerArLock acrossWorkers,
    SlackResponder slack,
    SlackUsers users,
    IServiceScopeFactory scopes,
    RunMode mode,
    TimeProvider clock,
    ILogger<SlackActionRunner> logger) : IWorkHandler<SlackActionOwed>
{
    private readonly ArLock _turn = new(new KeyedLock<(long ProjectId, long Iid)>(), acrossWorkers);

    public async Task HandleAsync(SlackActionOwed message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var ar = $"#{message.Iid.ToString(CultureInfo.InvariantCulture)}";
        if (await users.UsernameAsync(message.SlackUserId, cancellationToken) is not { } username)
        {
            await slack.TellAsync(message.ResponseUrl, $"Your Slack account is not linked to a GitLab user, so nothing changed: ask the operator to set Notifications__Slack__Users__{message.SlackUserId} (or make your e-mail address public in GitLab).", cancellationToken);
            return;
        }

        var settings = rules.Settings;
        if (!settings.Team.Concat(settings.Dris).Contains(username, StringComparer.OrdinalIgnoreCase))
        {
            Refused(logger, message.Action, message.ProjectId, message.Iid, username);
            await slack.TellAsync(message.ResponseUrl, "Only the Sales Ops team can take ARs; nothing changed.", cancellationToken);
            return;
        }

        if (!mode.CanWrite)
        {
            DryRun(logger, message.Action, message.ProjectId, message.Iid, username);
            await slack.TellAsync(message.ResponseUrl, $"The bot runs in dry run: {ar} is not changed.", cancellationToken);
            return;
        }

        var key = "slack-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message.InteractionId)))[..16];
        var (reply, replaces, then) = await ActAsync(message, username, ar, key, cancellationToken);
        if (then is not null)
        {
            await using var scope = scopes.CreateAsyncScope();
            var work = scope.ServiceProvider.GetRequiredService<IWorkQueue>();
            foreach (var job in then)
            {
                await (job switch
                {
                    ArChanged changed => work.SendAsync(changed, cancellationToken),
                    CommandOwed command => work.SendAsync(command, cancellationToken),
                    _ => Task.CompletedTask,
                });
            }
        }

        await (replaces ? slack.ReplaceAsync(message.ResponseUrl, reply, cancellationToken) : slack.TellAsync(message.ResponseUrl, reply, cancellationToken));
    }

    // Under the AR's lock: what to tell Slack, whether it replaces the message, and the jobs to send once the lock is free.
    private async Task<(string Reply, bool Replaces, IReadOnlyList<object>? Then)> ActAsync(SlackActionOwed message, string username, string ar, string key, CancellationToken cancellationToken)
    {
        await using var held = await _turn.AcquireAsync(message.ProjectId, message.Iid, cancellationToken);
        if (await gitLab.GetIssueAsync(message.ProjectId, message.Iid, cancellationToken) is not { } issue
            || !rules.IsSalesOpsAr(issue.Labels, issue.Description) || rules.IsOffTheWorkflow(issue.Labels))
        {
            return ($"{ar} is not a Sales Ops AR on the workflow any more; nothing changed.", false, null);
        }

        if (issue.State != "opened")
        {
            return ($"{ar} was closed meanwhile; nothing changed.", false, null);
        }

        var notes = await gitLab.ListNotesAsync(message.ProjectId, message.Iid, cancellationToken);
        var done = notes.Any(n => n.Body?.Contains(PlanNote.KeyOf(key), StringComparison.Ordinal) == true); // this click was handled already
        return message.Action switch
        {
            "take" => await TakeAsync(message, issue, username, ar, key, done, cancellationToken),
            "snooze" => await SnoozeAsync(message, username, ar, key, done, cancellationToken),
            _ => Provision(message, issue, username, ar, key),
        };
    }

    private async Task<(string, bool, IReadOnlyList<object>?)> TakeAsync(SlackActionOwed message, GitLabIssue issue, string username, string ar, string key, bool done, CancellationToken cancellationToken)
    {
        var team = rules.Settings.Team.Concat(rules.Settings.Dris).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var taker = issue.Assignees.FirstOrDefault(a => team.Contains(a.Username));
        if (taker is not null && !string.Equals(taker.Username, username, StringComparison.OrdinalIgnoreCase))
        {
            return ($"{ar} is already taken by {taker.Username}; nothing changed.", false, null);
        }

        if (taker is null)
        {
            if (await gitLab.FindUserAsync(username, cancellationToken) is not { } user)
            {
                return ($"GitLab has no user {username} (Notifications__Slack__Users); nothing changed.", false, null);
            }

            await gitLab.SetAssigneesAsync(message.ProjectId, message.Iid, [.. issue.Assignees.Select(a => a.Id).Append(user.Id).Distinct()], cancellationToken);
        }

        if (!done)
        {
            await NoteAsync(message, $"@{username} took this from Slack.", key, cancellationToken);
            Took(logger, message.ProjectId, message.Iid, username);
        }

        // The bot's own edit brings no webhook back: the reconciler reads the AR now (In Progress, the runbook note).
        return ($"{ar} was taken by {username} in GitLab.", true,
            [new ArChanged { ProjectId = message.ProjectId, Iid = message.Iid, Source = "slack", Action = "update", AssigneesChanged = true, DeliveryId = key, ReceivedAt = clock.GetUtcNow() }]);
    }

    private async Task<(string, bool, IReadOnlyList<object>?)> SnoozeAsync(SlackActionOwed message, string username, string ar, string key, bool done, CancellationToken cancellationToken)
    {
        var until = SnoozeMarker.OneBusinessDayFrom(calendar, clock.GetUtcNow());
        var when = TimeZoneInfo.ConvertTime(until, calendar.Zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
        if (!done)
        {
            using var slot = NotesBudget.Hold(await budget.TakeAsync(cancellationToken));
            await gitLab.CreateNoteAsync(message.ProjectId, message.Iid,
                $"{SnoozeMarker.Render(until, key)}\n**Sales Ops AR bot:** @{username} snoozed this AR's nudges from Slack until {when} ({calendar.Zone.Id}).", cancellationToken);
            Snoozed(logger, message.ProjectId, message.Iid, username, until);
        }

        return ($"{ar} snoozed by {username} until {when}: no nudge about it before then.", true, null);
    }

    private (string, bool, IReadOnlyList<object>?) Provision(SlackActionOwed message, GitLabIssue issue, string username, string ar, string key)
    {
        var request = reader.Read(issue.Description, issue.Title);
        var systems = request.Systems.Where(connectors.Connects).ToList();
        if (systems.Count == 0)
        {
            return ($"{ar} asks for no system the bot can provision; nothing changed.", false, null);
        }

        // The provision command, by the clicker: its rights, its look-ups and its one note per system (keyed by this click).
        return ($"{username} asked the bot to provision {string.Join(", ", systems)} for {ar}: the answer comes as a note on the AR.", false,
            [.. systems.Select((s, i) => (object)new CommandOwed { ProjectId = message.ProjectId, Iid = message.Iid, Command = $"provision {s}", By = username, Key = $"{key}-{i}" })]);
    }

    private async Task NoteAsync(SlackActionOwed message, string text, string key, CancellationToken cancellationToken)
    {
        using var slot = NotesBudget.Hold(await budget.TakeAsync(cancellationToken));
        await gitLab.CreateNoteAsync(message.ProjectId, message.Iid, $"{PlanNote.MarkerPrefix} slack {PlanNote.KeyOf(key)} -->\n**Sales Ops AR bot:** {text}", cancellationToken);
    }

    [LoggerMessage(EventId = 746, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} taken by {Username} from Slack")]
    private static partial void Took(ILogger logger, long projectId, long iid, string username);

    [LoggerMessage(EventId = 747, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} snoozed by {Username} from Slack until {Until}")]
    private static partial void Snoozed(ILogger logger, long projectId, long iid, string username, DateTimeOffset until);

    [LoggerMessage(EventId = 748, Level = LogLevel.Warning, Message = "Slack click {Action} on AR {ProjectId}#{Iid} by {Username} refused: not in the team or the DRIs")]
    private static partial void Refused(ILogger logger, string action, long projectId, long iid, string username);

    [LoggerMessage(EventId = 749, Level = LogLevel.Information, Message = "Dry run: Slack click {Action} on AR {ProjectId}#{Iid} by {Username} not acted on")]
    private static partial void DryRun(ILogger logger, string action, long projectId, long iid, string username);
}
