using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Scim;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Licences;
using SalesOpsAr.Workflow.Provisioning;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Worker.Features.Provisioning;

/// <summary>
/// Acts on a person's command once (#24): <c>provision &lt;system&gt; [for address]</c> creates or reactivates the AR's
/// users in a connected system; <c>verify</c> reads back whether they exist. Only the configured team and DRIs may; anyone
/// else gets one short note. Never on a closed AR or one off the workflow; in a dry run it only logs. Every command is
/// answered by exactly one note carrying its key: a retried delivery, a restart or a second worker finds it and does nothing.
/// </summary>
internal sealed partial class CommandRunner(
    IGitLabClient gitLab,
    Connectors connectors,
    ScimClients scim,
    SalesforceProvisioner salesforce,
    Verifier verifier,
    ArRequestReader reader,
    ArRules rules,
    ProvisioningMap map,
    NotesBudget budget,
    BrokerArLock acrossWorkers,
    IServiceScopeFactory scopes,
    RunMode mode,
    ILogger<CommandRunner> logger) : IWorkHandler<CommandOwed>
{
    private readonly ArLock _turn = new(new KeyedLock<(long ProjectId, long Iid)>(), acrossWorkers);

    public async Task HandleAsync(CommandOwed message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (BotCommand.Parse(message.Command) is not { } command)
        {
            return;
        }

        if (!mode.CanWrite)
        {
            await LogPlanAsync(message, command, cancellationToken);
            return;
        }

        using var eventScope = GitLabEventContext.Begin(message.EventUuid);
        if (await ActAsync(message, command, cancellationToken))
        {
            // A verification may let the AR complete: the reconciler reads it again, once this AR's lock is free.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWorkQueue>().SendAsync(
                new ArChanged { ProjectId = message.ProjectId, Iid = message.Iid, Source = "command", Action = "update", DeliveryId = message.Key, EventUuid = message.EventUuid }, cancellationToken);
        }
    }

    // Under the AR's lock: true when a verification was posted.
    private async Task<bool> ActAsync(CommandOwed message, BotCommand command, CancellationToken cancellationToken)
    {
        await using var held = await _turn.AcquireAsync(message.ProjectId, message.Iid, cancellationToken);
        if (await gitLab.GetIssueAsync(message.ProjectId, message.Iid, cancellationToken) is not { } issue
            || !rules.IsSalesOpsAr(issue.Labels, issue.Description) || rules.IsOffTheWorkflow(issue.Labels))
        {
            Skipped(logger, message.ProjectId, message.Iid, message.Command, "not a Sales Ops AR on the workflow");
            return false;
        }

        var notes = await gitLab.ListNotesAsync(message.ProjectId, message.Iid, cancellationToken);
        if (notes.Any(n => ProvisionNote.Answers(n.Body, message.Key)))
        {
            return false; // answered already: a retry, a redelivery, another worker
        }

        var settings = rules.Settings;
        if (!settings.Team.Concat(settings.Dris).Contains(message.By, StringComparer.OrdinalIgnoreCase))
        {
            await AnswerAsync(message, $"Only the Sales Ops team ({string.Join(", ", settings.Team.Select(NoteText.Code))}) and the provisioning DRIs " +
                $"({string.Join(", ", settings.Dris.Select(NoteText.Code))}) can ask the bot to {command.Verb}; {NoteText.Code(message.By)} is neither, so nothing was done.", cancellationToken);
            Refused(logger, message.ProjectId, message.Iid, message.Command, message.By);
            return false;
        }

        if (issue.State != "opened")
        {
            await AnswerAsync(message, $"This AR is closed: the bot does not {command.Verb} anything on it. Reopen it first.", cancellationToken);
            return false;
        }

        var request = reader.Read(issue.Description, issue.Title);
        if (command.Verb == BotCommand.Verify)
        {
            await VerifyAsync(message, request, cancellationToken);
            return true;
        }

        await ProvisionAsync(message, command, issue, request, cancellationToken);
        return false;
    }

    private async Task ProvisionAsync(CommandOwed message, BotCommand command, GitLabIssue issue, ArRequest request, CancellationToken cancellationToken)
    {
        if (connectors.AskedFor(request, command.System) is not { } system)
        {
            await AnswerAsync(message, $"This AR asks for no {NoteText.Code(command.System)} access, so the bot provisions nothing there.", cancellationToken);
            return;
        }

        var isSalesforce = Connectors.IsSalesforce(system);
        var client = isSalesforce ? null : scim.For(system);
        if (!connectors.Connects(system))
        {
            await AnswerAsync(message, $"{NoteText.Inline(system)} has no connector here (no write API, or none configured), so the bot cannot provision it: its checklist in the runbook note stays with you.", cancellationToken);
            return;
        }

        var plan = UserPlan.Of(request, isSalesforce ? SeatAsk.Of(request, LicenceHold.System)?.Profile : null, map, profileNeeded: isSalesforce);
        if (command.For is { } only)
        {
            plan = [.. plan.Where(p => string.Equals(p.Email, only, StringComparison.OrdinalIgnoreCase))];
            if (plan.Count == 0)
            {
                await AnswerAsync(message, $"Nobody in this AR has the address {NoteText.Code(only)}, so the bot provisioned nobody.", cancellationToken);
                return;
            }
        }

        var outcomes = isSalesforce ? await salesforce.ProvisionAsync(plan, cancellationToken) : await ScimProvisioner.ProvisionAsync(client!, plan, cancellationToken);
        var noSeat = outcomes.Any(o => o.Kind == ProvisionOutcomeKind.NoSeat);
        var afterword = noSeat && !issue.Labels.Contains(LicenceHold.Label, StringComparer.OrdinalIgnoreCase)
            ? $"Salesforce has no free seat for everyone, so the AR goes On Hold with {NoteText.Label(LicenceHold.Label)}: the bot releases it at the first sweep that finds a seat free (docs: licences)."
            : null;
        await PostAsync(message, ProvisionNote.Render(system, message.By, outcomes, message.Key, afterword), cancellationToken);
        if (afterword is not null)
        {
            // The licence rules' hold: the reason and On Hold in one edit, as the seat check on pickup makes it.
            var otherStates = issue.Labels.Where(l => rules.Labels.StateOf(l) is { } s && s != ArState.OnHold).ToList();
            await gitLab.EditLabelsAsync(message.ProjectId, message.Iid, [LicenceHold.Label, StateLabels.Title(ArState.OnHold)], otherStates, cancellationToken);
        }

        var created = outcomes.Count(o => o.Kind == ProvisionOutcomeKind.Created);
        var reactivated = outcomes.Count(o => o.Kind == ProvisionOutcomeKind.Reactivated);
        var there = outcomes.Count(o => o.Kind == ProvisionOutcomeKind.AlreadyThere);
        Provisioned(logger, message.ProjectId, message.Iid, system, message.By, created, reactivated, there, outcomes.Count - created - reactivated - there);
    }

    private async Task VerifyAsync(CommandOwed message, ArRequest request, CancellationToken cancellationToken)
    {
        var rows = await verifier.VerifyAsync(request, cancellationToken);
        await PostAsync(message, VerifyNote.Render(request.Systems, rows, message.Key, beforeCompletion: false, by: message.By), cancellationToken);
        var missing = VerifyNote.IsMissing(rows);
        Verified(logger, message.ProjectId, message.Iid, missing);
    }

    private async Task AnswerAsync(CommandOwed message, string text, CancellationToken cancellationToken) =>
        await PostAsync(message, ProvisionNote.Answer(text, message.Key), cancellationToken);

    private async Task PostAsync(CommandOwed message, string body, CancellationToken cancellationToken)
    {
        using var slot = NotesBudget.Hold(await budget.TakeAsync(cancellationToken));
        await gitLab.CreateNoteAsync(message.ProjectId, message.Iid, body, cancellationToken);
    }

    // A dry run calls no connector and writes nothing: with a token, the plan is read and logged; without one, the command.
    private async Task LogPlanAsync(CommandOwed message, BotCommand command, CancellationToken cancellationToken)
    {
        if (!mode.CanRead || command.Verb != BotCommand.Provision
            || await gitLab.GetIssueAsync(message.ProjectId, message.Iid, cancellationToken) is not { } issue)
        {
            DryRun(logger, message.ProjectId, message.Iid, message.Command, message.By);
            return;
        }

        var request = reader.Read(issue.Description, issue.Title);
        var isSalesforce = Connectors.IsSalesforce(connectors.AskedFor(request, command.System));
        var plan = UserPlan.Of(request, isSalesforce ? SeatAsk.Of(request, LicenceHold.System)?.Profile : null, map, profileNeeded: isSalesforce)
            .Where(p => command.For is null || string.Equals(p.Email, command.For, StringComparison.OrdinalIgnoreCase)).ToList();
        var ready = plan.Where(p => p.Ready).Select(p => p.Username ?? p.Email ?? p.Person).ToList();
        var listed = string.Join(", ", ready.Take(20)) + (ready.Count > 20 ? $", … {ready.Count - 20} more" : "");
        WouldProvision(logger, message.ProjectId, message.Iid, message.Command, message.By, plan.Count, ready.Count, listed);
    }

    [LoggerMessage(EventId = 737, Level = LogLevel.Information, Message = "Dry run: {Command} by {By} on AR {ProjectId}#{Iid} would provision {Planned} people, {Ready} ready: {Usernames}")]
    private static partial void WouldProvision(ILogger logger, long projectId, long iid, string command, string by, int planned, int ready, string usernames);

    [LoggerMessage(EventId = 730, Level = LogLevel.Information, Message = "Dry run: the command {Command} by {By} on AR {ProjectId}#{Iid} is not acted on")]
    private static partial void DryRun(ILogger logger, long projectId, long iid, string command, string by);

    [LoggerMessage(EventId = 731, Level = LogLevel.Information, Message = "The command {Command} on AR {ProjectId}#{Iid} is skipped: {Reason}")]
    private static partial void Skipped(ILogger logger, long projectId, long iid, string command, string reason);

    [LoggerMessage(EventId = 732, Level = LogLevel.Warning, Message = "The command {Command} on AR {ProjectId}#{Iid} by {By} is refused: not in the team or the DRIs")]
    private static partial void Refused(ILogger logger, long projectId, long iid, string command, string by);

    [LoggerMessage(EventId = 733, Level = LogLevel.Information, Message = "Provisioned {System} on AR {ProjectId}#{Iid} as {By} asked: {Created} created, {Reactivated} reactivated, {There} already there, {Other} not done")]
    private static partial void Provisioned(ILogger logger, long projectId, long iid, string system, string by, int created, int reactivated, int there, int other);

    [LoggerMessage(EventId = 734, Level = LogLevel.Information, Message = "Verified AR {ProjectId}#{Iid}: missing {Missing}")]
    private static partial void Verified(ILogger logger, long projectId, long iid, bool missing);
}
