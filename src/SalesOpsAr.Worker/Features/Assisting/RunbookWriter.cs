using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Worker.Platform.Telemetry;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>
/// Posts the runbook note an AR is owed (<see cref="RunbookOwed"/>): reads the AR and its notes, and posts one
/// note with a checklist per system its Sales Ops tasks ask for, the missing details asked of the requester (once in
/// the AR's life) and similar past ARs. On pickup an AR gets it once, whatever restarts or second workers do: a
/// runbook note already on the AR ends it, and one AR's runbook is written by one writer at a time (its own lock in
/// the process, the AR's broker lock across processes; not the reconciler's in-process lock, which a sweep holds while
/// it writes notes directly). Asked for (<c>@bot runbook</c>), it is posted again, once per request. At most four
/// calls: the issue, its notes, one search (shared for a while by ARs of the same role), the note.
/// </summary>
internal sealed partial class RunbookWriter(
    IGitLabClient gitLab,
    NotesBudget budget,
    ArRequestReader reader,
    RunbookProgress progress,
    RunbookCatalog catalog,
    PrecedentFinder precedents,
    BrokerArLock acrossWorkers,
    SalesOpsArMetrics metrics,
    IOptions<GitLabOptions> gitLabOptions,
    ILicenceBoard licences,
    Workflow.Provisioning.ProvisioningMap provisioning,
    SalesOpsAr.Salesforce.Api.ISalesforceClient salesforce,
    ILogger<RunbookWriter> logger) : IWorkHandler<RunbookOwed>, IWorkHandler<RunbookProgressOwed>
{
    // Its own lock in the process (not the reconciler's, which a sweep holds while it writes notes directly), the AR's across.
    private readonly ArLock _turn = new(new KeyedLock<(long ProjectId, long Iid)>(), acrossWorkers);

    public Task HandleAsync(RunbookOwed message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return OnArAsync(message.ProjectId, message.Iid, message.EventUuid, () => WriteAsync(message, cancellationToken));
    }

    public Task HandleAsync(RunbookProgressOwed message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return OnArAsync(message.ProjectId, message.Iid, message.EventUuid, () => UpdateProgressAsync(message, cancellationToken));
    }

    // Like every note, behind the label edits waiting for the call budget; an AR deleted meanwhile has nobody to tell.
    private async Task OnArAsync(long projectId, long iid, string? eventUuid, Func<Task> write)
    {
        using var eventScope = GitLabEventContext.Begin(eventUuid);
        using var trailing = CallBudget.Yield();
        try
        {
            await write();
        }
        catch (GitLabApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            Vanished(logger, projectId, iid);
        }
    }

    public async Task WriteAsync(RunbookOwed owed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owed);
        using var slot = NotesBudget.Hold(await budget.TakeAsync(cancellationToken));
        await using var held = await _turn.AcquireAsync(owed.ProjectId, owed.Iid, cancellationToken);
        if (await gitLab.GetIssueAsync(owed.ProjectId, owed.Iid, cancellationToken) is not { } issue)
        {
            return;
        }

        var notes = await gitLab.ListNotesAsync(owed.ProjectId, owed.Iid, cancellationToken);
        var earlier = notes.Where(n => IsBot(n) && RunbookNote.IsRunbook(n.Body)).ToList();
        if (!owed.Asked && earlier.Count > 0)
        {
            AlreadyThere(logger, owed.ProjectId, owed.Iid);
            return;
        }

        if (owed.ChangeKey is { } key && earlier.Any(n => n.Body!.Contains(PlanNote.KeyOf(key), StringComparison.Ordinal)))
        {
            AlreadyThere(logger, owed.ProjectId, owed.Iid); // an earlier attempt at this request posted it
            return;
        }

        var request = reader.Read(issue.Description, issue.Title);
        var runbooks = catalog.For(request.Systems);
        if (runbooks.Count == 0)
        {
            NoSystem(logger, owed.ProjectId, owed.Iid, request.Systems);
            return;
        }

        var role = request.People.Select(p => p.Role).FirstOrDefault(r => r is not null);
        var body = RunbookNote.Render(new RunbookNoteInput
        {
            Request = request,
            Runbooks = runbooks,
            PrecedentRole = role,
            Precedents = role is null ? [] : await precedents.FindAsync(owed.ProjectId, owed.Iid, role, runbooks, cancellationToken),
            Requester = issue.Author?.Username,
            AskedBefore = earlier.Any(n => RunbookNote.Asked(n.Body)),
            Progress = progress.Of(request, issue.Description),
            ChangeKey = owed.ChangeKey,
            Seats = SeatsFor(request),
            SeatsWaiting = licences.Latest?.Waiting.Count ?? 0,
            SalesforceUsers = licences.Connected && Workflow.Licences.SeatAsk.Of(request, Workflow.Licences.LicenceHold.System) is { } ask
                ? await LookedUpAsync(Workflow.Provisioning.UserPlan.Of(request, ask.Profile, provisioning), cancellationToken)
                : [],
        });
        await gitLab.CreateNoteAsync(owed.ProjectId, owed.Iid, body, cancellationToken);
        metrics.NotePosted("runbook");
        Posted(logger, owed.ProjectId, owed.Iid, request.Systems, request.People.Count);
    }

    // The plan's usernames looked up (one query per 200): who has an active user, who an inactive one. Salesforce's trouble
    // leaves the table as planned; the note is never held back for it.
    private async Task<IReadOnlyList<Workflow.Provisioning.PlannedUser>> LookedUpAsync(IReadOnlyList<Workflow.Provisioning.PlannedUser> plan, CancellationToken cancellationToken)
    {
        var usernames = plan.Select(p => p.Username).OfType<string>().Take(RunbookNote.MaxUsersListed).ToList();
        if (usernames.Count == 0)
        {
            return plan;
        }

        try
        {
            var found = (await salesforce.FindUsersAsync(usernames, cancellationToken)).Where(u => u.Username is not null)
                .GroupBy(u => u.Username!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().IsActive, StringComparer.OrdinalIgnoreCase);
            return [.. plan.Select(p => p.Username is { } name && found.TryGetValue(name, out var active)
                ? p with { Existing = active ? Workflow.Provisioning.ExistingUser.Active : Workflow.Provisioning.ExistingUser.Inactive }
                : p)];
        }
        catch (SalesOpsAr.Salesforce.SalesforceException e)
        {
            PlanNotLookedUp(logger, e.Failure);
            return plan;
        }
    }

    // The featured licences' seats at the last sweep, for an AR that asks for Salesforce; none when the connector is off.
    private IReadOnlyList<Workflow.Licences.SeatCount> SeatsFor(ArRequest request) =>
        licences.Connected && licences.Latest is { ReadAt: not null } latest && request.Systems.Contains(Workflow.Licences.LicenceHold.System, StringComparer.OrdinalIgnoreCase)
            ? [.. latest.Seats.Where(s => latest.Featured.Contains(s.Licence, StringComparer.OrdinalIgnoreCase)).Select(s => new Workflow.Licences.SeatCount(s.Licence, s.Total, s.Used))]
            : [];

    /// <summary>
    /// Brings the progress line of the AR's latest runbook note up to date with its tasks (one edit of the note, only
    /// when the line changes; no note is created, so the notes limit is not touched).
    /// </summary>
    public async Task UpdateProgressAsync(RunbookProgressOwed owed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owed);
        await using var held = await _turn.AcquireAsync(owed.ProjectId, owed.Iid, cancellationToken);
        if (await gitLab.GetIssueAsync(owed.ProjectId, owed.Iid, cancellationToken) is not { } issue)
        {
            return;
        }

        var notes = await gitLab.ListNotesAsync(owed.ProjectId, owed.Iid, cancellationToken);
        if (notes.LastOrDefault(n => IsBot(n) && RunbookNote.IsRunbook(n.Body)) is not { Body: { } body } note)
        {
            return; // no runbook note yet: the one posted on pickup will carry the progress
        }

        var line = RunbookProgress.Line(progress.Of(reader.Read(issue.Description, issue.Title), issue.Description));
        var updated = RunbookProgress.WithLine(body, line);
        if (updated != body)
        {
            await gitLab.EditNoteAsync(owed.ProjectId, owed.Iid, note.Id, updated, cancellationToken);
            ProgressUpdated(logger, owed.ProjectId, owed.Iid, line ?? "(none)");
        }
    }

    private bool IsBot(GitLabNote note) =>
        string.Equals(note.Author?.Username, gitLabOptions.Value.BotUsername, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 736, Level = LogLevel.Warning, Message = "The runbook note's users table is shown without the users' look-up: Salesforce failed ({Failure})")]
    private static partial void PlanNotLookedUp(ILogger logger, SalesOpsAr.Salesforce.SalesforceFailure failure);

    [LoggerMessage(EventId = 240, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid}: runbook posted for {Systems} ({People} people)")]
    private static partial void Posted(ILogger logger, long projectId, long iid, IReadOnlyList<string> systems, int people);

    [LoggerMessage(EventId = 241, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} has its runbook note already; not posted again")]
    private static partial void AlreadyThere(ILogger logger, long projectId, long iid);

    [LoggerMessage(EventId = 243, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid}: runbook note's progress now reads: {Progress}")]
    private static partial void ProgressUpdated(ILogger logger, long projectId, long iid, string progress);

    [LoggerMessage(EventId = 244, Level = LogLevel.Warning, Message = "AR {ProjectId}#{Iid} no longer exists for the bot; its runbook note is dropped")]
    private static partial void Vanished(ILogger logger, long projectId, long iid);

    [LoggerMessage(EventId = 242, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid}: no runbook for the systems its Sales Ops tasks ask for ({Systems}); no runbook note")]
    private static partial void NoSystem(ILogger logger, long projectId, long iid, IReadOnlyList<string> systems);
}
