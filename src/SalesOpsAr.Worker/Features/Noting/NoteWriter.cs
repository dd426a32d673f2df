using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Telemetry;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Worker.Features.Noting;

/// <summary>
/// Posts one owed note, exactly once: a note that carries a CC, or whose first attempt may have posted it, is checked
/// against the AR's notes first (one GET): a note with its change key is there already; DRIs someone mentioned in the
/// meantime (another event's CC, decided in another process while this note waited) are not CC'd again, and a note
/// that was only the CC is then not posted at all. It takes its slot of the notes budget before it looks, so the look
/// is as late as it can be. Its calls yield to every other call waiting for the call budget, so labels land at the
/// budget's pace however many notes are owed. What the note leads to (the runbook note, the new AR's announcement) is
/// sent on once the note is there.
/// </summary>
internal sealed partial class NoteWriter(
    IGitLabClient gitLab,
    NotesBudget budget,
    NoteTurn turns,
    IOptions<GitLabOptions> options,
    IWorkQueue work,
    SalesOpsArMetrics metrics,
    TimeProvider clock,
    ILogger<NoteWriter> logger) : IWorkHandler<PlanNoteOwed>
{
    /// <summary>How long a label edit's note may trail it before a CC stops waiting for it.</summary>
    public static readonly TimeSpan ChangeNoteWait = TimeSpan.FromHours(1);

    public async Task HandleAsync(PlanNoteOwed message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using (GitLabEventContext.Begin(message.EventUuid))
        using (CallBudget.Yield()) // notes trail: a label edit waiting for the call budget goes first
        {
            if (!await WriteAsync(message, retried, cancellationToken))
            {
                return;
            }
        }

        if (message.Runbook is { } runbook)
        {
            await work.SendAsync(runbook, cancellationToken);
        }
    }

    /// <returns>False when the AR is gone: nothing follows the note then.</returns>
    private async Task<bool> WriteAsync(PlanNoteOwed note, bool retried, CancellationToken cancellationToken)
    {
        var cc = note.Cc;
        try
        {
            // The slot first, then the look at the AR: what someone wrote while this note waited counts. The look and the
            // post are one turn on the AR, so two writers (two replicas) never both find the CC owed and both post it.
            using var slot = NotesBudget.Hold(await budget.TakeAsync(cancellationToken));
            var looks = cc.Count > 0 || ((retried || note.CheckPosted) && note.ChangeKey is not null);
            await using var turn = looks ? await turns.AcquireAsync(note.ProjectId, note.Iid, cancellationToken) : null; // a note that does not look has no race
            if (looks)
            {
                var notes = await gitLab.ListNotesAsync(note.ProjectId, note.Iid, cancellationToken);
                if (note.ChangeKey is { } key && notes.Any(n => IsBot(n) && n.Body?.Contains(PlanNote.KeyOf(key), StringComparison.Ordinal) == true))
                {
                    AlreadyPosted(logger, note.ProjectId, note.Iid);
                    return true;
                }

                var mentioned = notes.SelectMany(n => Mentions.In(n.Body)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                cc = [.. cc.Where(d => !mentioned.Contains(d))];
                if (cc.Count == 0 && note.CcOnly)
                {
                    CcdMeanwhile(logger, note.ProjectId, note.Iid);
                    return true;
                }

                if (note.CcOnly && await ChangeNoteOnItsWayAsync(note, notes, cancellationToken))
                {
                    CcOnItsWay(logger, note.ProjectId, note.Iid);
                    return true;
                }
            }

            var plan = new Plan
            {
                To = Enum.TryParse<ArState>(note.To, out var to) ? to : null,
                Reasons = cc.Count == 0 && note.CcOnly ? [] : note.Reasons,
                Cc = cc,
            };
            if (PlanNote.Render(plan, note.ChangeKey) is not { } body)
            {
                return true;
            }

            await gitLab.CreateNoteAsync(note.ProjectId, note.Iid, body, cancellationToken);
            metrics.NotePosted("change");
        }
        catch (GitLabApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            Vanished(logger, note.ProjectId, note.Iid); // deleted, or moved out of the bot's sight: nobody to tell
            return false;
        }

        metrics.NoteWritten(clock.GetUtcNow() - note.OwedAt);
        if (cc.Count > 0 && note.Announcement is { } announcement)
        {
            await work.SendAsync(announcement, cancellationToken);
        }

        return true;
    }

    // The bot edited the AR's labels after its latest note: the note explaining that edit is still on its way (another
    // replica's, queued behind others), and it carries the CC this note would post. Two replicas reading the AR between
    // the edit and its note would otherwise CC twice. Not once the edit is an hour old: that note is lost, the CC goes.
    private async Task<bool> ChangeNoteOnItsWayAsync(PlanNoteOwed note, IReadOnlyList<GitLabNote> notes, CancellationToken cancellationToken)
    {
        var events = await gitLab.ListLabelEventsAsync(note.ProjectId, note.Iid, cancellationToken);
        var lastEdit = events.Where(e => IsBot(e.User?.Username)).Max(e => e.CreatedAt);
        var lastNote = notes.Where(IsBot).Max(n => n.CreatedAt);
        return lastEdit is { } edited && (lastNote is null || edited > lastNote) && clock.GetUtcNow() - edited < ChangeNoteWait;
    }

    private bool IsBot(GitLabNote note) => IsBot(note.Author?.Username);

    private bool IsBot(string? username) => string.Equals(username, options.Value.BotUsername, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 230, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid}: an earlier attempt already posted this note; not posted again")]
    private static partial void AlreadyPosted(ILogger logger, long projectId, long iid);

    [LoggerMessage(EventId = 231, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid}: the DRIs were CC'd while this CC waited; not posted")]
    private static partial void CcdMeanwhile(ILogger logger, long projectId, long iid);

    [LoggerMessage(EventId = 233, Level = LogLevel.Information, Message = "AR {ProjectId}#{Iid}: the note of the bot's own label edit is on its way with the CC; this CC is not posted")]
    private static partial void CcOnItsWay(ILogger logger, long projectId, long iid);

    [LoggerMessage(EventId = 232, Level = LogLevel.Warning, Message = "AR {ProjectId}#{Iid} no longer exists for the bot; its note is dropped")]
    private static partial void Vanished(ILogger logger, long projectId, long iid);
}
