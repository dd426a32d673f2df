using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Salesforce;
using SalesOpsAr.Salesforce.Api;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Licences;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>
/// On pickup of an AR asking for Salesforce: one Salesforce call (the seats, the profiles' licences and whether its
/// people have users) decides whether its seats are free, counting the seats of the ARs already waiting as theirs. Short
/// of a seat, the AR goes On Hold with <see cref="LicenceHold.Label"/> and a note with the numbers and its place in line
/// (unless <c>Salesforce__HoldOnPickup</c> is false, or in a dry run: then it is only logged). Never on a closed AR, one
/// that moved on, one already held, or one whose SFDC hold a person removed before; never on counts it could not read.
/// A retry finds its note by key and the label already there.
/// </summary>
internal sealed partial class SeatChecker(
    IGitLabClient gitLab,
    ISalesforceClient salesforce,
    IOptions<SalesforceOptions> options,
    IOptions<GitLabOptions> gitLabOptions,
    ArRequestReader reader,
    ArRules rules,
    LicenceBoard board,
    SalesforceTrouble trouble,
    NotesBudget budget,
    BrokerArLock acrossWorkers,
    RunMode mode,
    ILogger<SeatChecker> logger) : IWorkHandler<SeatCheckOwed>
{
    private readonly ArLock _turn = new(new KeyedLock<(long ProjectId, long Iid)>(), acrossWorkers);

    public async Task HandleAsync(SeatCheckOwed message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!options.Value.IsOn)
        {
            return;
        }

        using var eventScope = GitLabEventContext.Begin(message.EventUuid);
        await using var held = await _turn.AcquireAsync(message.ProjectId, message.Iid, cancellationToken);
        if (await gitLab.GetIssueAsync(message.ProjectId, message.Iid, cancellationToken) is not { State: "opened" } issue
            || issue.Labels.Contains(LicenceHold.Label, StringComparer.OrdinalIgnoreCase)
            || !issue.Labels.Any(l => rules.Labels.StateOf(l) == ArState.InProgress)
            || SeatAsk.Of(reader.Read(issue.Description, issue.Title), LicenceHold.System) is not { } ask)
        {
            return; // closed, moved on, held already, or no Salesforce user asked for
        }

        SalesforceSeats read;
        try
        {
            read = await salesforce.ReadSeatsAsync(new SalesforceSeatQuery { Emails = ask.Emails }, cancellationToken);
            trouble.Succeeded();
        }
        catch (SalesforceException e)
        {
            trouble.Failed(e, $"checking the seats of AR {message.ProjectId}#{message.Iid} on pickup");
            return;
        }

        var needs = SeatNeeds.Of(ask, SalesforceReading.Map(read, options.Value), SalesforceReading.Active(read));
        var waiting = (board.Latest?.Waiting ?? []).Where(w => (w.ProjectId, w.Iid) != (message.ProjectId, message.Iid))
            .Select(w => new WaitingAr(w.ProjectId, w.Iid, w.HeldSince, w.Needs, w.BotMayRelease));
        var verdict = WaitingLine.OnPickup(needs, waiting, SalesforceReading.Counts(SalesforceReading.Seats(read)));
        var seatsNeeded = needs.Sum(n => n.Seats);
        Checked(logger, message.ProjectId, message.Iid, verdict.Outcome, verdict.Licence ?? "-", seatsNeeded);
        if (verdict.Outcome != PickupOutcome.NoSeat || !options.Value.HoldOnPickup)
        {
            return;
        }

        if (mode.DryRun)
        {
            WouldHold(logger, message.ProjectId, message.Iid, verdict.Licence!, verdict.Position);
            return;
        }

        // A person who removed this AR's SFDC hold before has decided: the bot does not put it back.
        var events = await gitLab.ListLabelEventsAsync(message.ProjectId, message.Iid, cancellationToken);
        if (events.Any(e => e.Action == "remove" && string.Equals(e.Label?.Name, LicenceHold.Label, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(e.User?.Username, gitLabOptions.Value.BotUsername, StringComparison.OrdinalIgnoreCase)))
        {
            PersonsWord(logger, message.ProjectId, message.Iid);
            return;
        }

        var notes = await gitLab.ListNotesAsync(message.ProjectId, message.Iid, cancellationToken);
        if (!notes.Any(n => SeatNotes.Is(n.Body, SeatNotes.HoldMarker, message.Key)))
        {
            using var slot = NotesBudget.Hold(await budget.TakeAsync(cancellationToken));
            var shortOf = needs.First(n => string.Equals(n.Licence, verdict.Licence, StringComparison.OrdinalIgnoreCase));
            await gitLab.CreateNoteAsync(message.ProjectId, message.Iid, SeatNotes.Hold(verdict, shortOf.Seats, message.Key), cancellationToken);
        }

        // The hold's reason and On Hold in one edit (what Rule 5 would make of the reason alone), so no second note follows.
        var otherStates = issue.Labels.Where(l => rules.Labels.StateOf(l) is { } s && s != ArState.OnHold).ToList();
        await gitLab.EditLabelsAsync(message.ProjectId, message.Iid, [LicenceHold.Label, StateLabels.Title(ArState.OnHold)], otherStates, cancellationToken);
        Held(logger, message.ProjectId, message.Iid, verdict.Licence!, verdict.Position);
    }

    [LoggerMessage(EventId = 710, Level = LogLevel.Information, Message = "Seats on pickup of AR {ProjectId}#{Iid}: {Outcome} (licence {Licence}, {Seats} seats needed)")]
    private static partial void Checked(ILogger logger, long projectId, long iid, PickupOutcome outcome, string licence, int seats);

    [LoggerMessage(EventId = 711, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} held for a {Licence} seat, {Position} in line")]
    private static partial void Held(ILogger logger, long projectId, long iid, string licence, int position);

    [LoggerMessage(EventId = 712, Level = LogLevel.Information, Message = "Dry run: would hold AR {ProjectId}#{Iid} for a {Licence} seat, {Position} in line")]
    private static partial void WouldHold(ILogger logger, long projectId, long iid, string licence, int position);

    [LoggerMessage(EventId = 713, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid} has no free seat, but a person removed its SFDC hold before: not held again")]
    private static partial void PersonsWord(ILogger logger, long projectId, long iid);
}
