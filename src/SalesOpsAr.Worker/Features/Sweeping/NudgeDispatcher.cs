using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Telemetry;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>
/// Sends a sweep's nudges: first one note per AR (the bot's memory, with every enabled channel pending), then
/// one notice per channel holding every nudge owed to it (new ones and ones an earlier sweep could not send),
/// then each note's marker edited down to the channels that still owe it. A failing channel is retried at the
/// next sweep; a nudge is never marked sent when it was not.
/// </summary>
internal sealed class NudgeDispatcher(
    IGitLabClient gitLab,
    INotifier notifier,
    IOptions<NudgeNoteOptions> options,
    ArRules rules,
    SalesOpsArMetrics metrics,
    ILicenceBoard licences,
    IOptions<SweepOptions> sweep,
    Workflow.Calendar.BusinessCalendar calendar)
{
    private const string NoteChannel = "note";
    private readonly IReadOnlyList<string> _dris = rules.Settings.Dris;

    public async Task<DispatchOutcome> DispatchAsync(
        IReadOnlyList<ArDueNudges> due, IReadOnlyList<ArPendingNudges> pending, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var channels = notifier.Enabled.Select(c => c.Name).ToList();
        var sent = new Dictionary<string, int>();
        var written = new HashSet<(long, long)>();
        var failures = new List<DispatchFailure>();
        var owed = new List<Owed>();

        foreach (var (ar, nudges) in due)
        {
            var note = NudgeNote.For(nudges, channels, now);
            note = options.Value.GitLabNotes ? note : note.Stripped(); // the memory stays, the text goes
            GitLabNote posted;
            try
            {
                posted = await gitLab.CreateNoteAsync(ar.ProjectId, ar.Iid, note.Render(), cancellationToken);
                metrics.NotePosted("nudge");
            }
            catch (GitLabException e)
            {
                failures.Add(new DispatchFailure(ar, "nudge note", e)); // no note, no memory: the next sweep nudges again
                continue;
            }

            note = note with { NoteId = posted.Id };
            written.Add((ar.ProjectId, ar.Iid));
            sent[NoteChannel] = sent.GetValueOrDefault(NoteChannel) + nudges.Count;
            foreach (var nudge in nudges)
            {
                metrics.Nudge(nudge.Flag.ToString(), NoteChannel, 1);
                owed.Add(new Owed(ar, note, channels, nudge.Flag, nudge.Escalation,
                    NudgeNotice.Item(ar, nudge.Flag, nudge.Escalation, nudge.Sentence, AudienceOf(nudge.Audience, nudge.Mentions), inProgress: nudge.Flag == FlagKind.Stale)));
            }
        }

        foreach (var (ar, note, assignees) in pending)
        {
            foreach (var marker in note.Markers.Where(m => m.Pending.Count > 0))
            {
                var audience = FlagRules.AudienceOf(marker.Flag, marker.Escalation);
                owed.Add(new Owed(ar, note, marker.Pending, marker.Flag, marker.Escalation,
                    NudgeNotice.Item(ar, marker.Flag, marker.Escalation, note.Text, AudienceOf(audience, assignees), inProgress: marker.Flag == FlagKind.Stale)));
            }
        }

        owed = [.. owed.OrderBy(o => o.Escalation).ThenBy(o => o.Flag).ThenBy(o => o.Ar.Iid)];
        var delivered = new Dictionary<string, IReadOnlySet<NoticeItem>>();
        var failed = new List<string>();
        foreach (var channel in notifier.Enabled)
        {
            var mine = owed.Where(o => o.Channels.Contains(channel.Name)).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var notice = NudgeNotice.Of([.. mine.Select(o => o.Item)]);
            if (SeatWaitLine.Of(licences.Latest, calendar, now, sweep.Value.StatusPageUrl) is { } seats)
            {
                notice = notice with { Paragraphs = [seats], Rebuild = items => NudgeNotice.Of(items) with { Paragraphs = [seats] } };
            }

            var receipt = await channel.SendAsync(notice, cancellationToken);
            delivered[channel.Name] = receipt.Delivered;
            sent[channel.Name] = receipt.Delivered.Count;
            foreach (var flag in mine.Where(o => receipt.Delivered.Contains(o.Item)).GroupBy(o => o.Flag))
            {
                metrics.Nudge(flag.Key.ToString(), channel.Name, flag.Count());
            }

            if (receipt.Delivered.Count < mine.Count)
            {
                failed.Add(channel.Name);
            }
        }

        // Each note's marker keeps the channels still owed (a channel switched off since owes nothing); the next sweep retries exactly those.
        foreach (var byNote in owed.GroupBy(o => o.Note.NoteId))
        {
            var first = byNote.First();
            var before = first.Note.Pending;
            var after = before
                .Where(name => delivered.TryGetValue(name, out var got) && byNote.Any(o => o.Channels.Contains(name) && !got.Contains(o.Item)))
                .ToList();
            if (!after.SequenceEqual(before))
            {
                try
                {
                    await gitLab.EditNoteAsync(first.Ar.ProjectId, first.Ar.Iid, byNote.Key, first.Note.WithPending(after).Render(), cancellationToken);
                }
                catch (GitLabException e)
                {
                    failures.Add(new DispatchFailure(first.Ar, "nudge marker", e)); // sent again next sweep: at least once, never lost
                }

                written.Add((first.Ar.ProjectId, first.Ar.Iid));
            }
        }

        return new DispatchOutcome(sent, failed, written, failures);
    }

    // Every nudge shows in the team channel; email goes to whom the flag concerns, and never to nobody: a nudge for
    // the assignees of an AR that has none goes to the team and the DRIs.
    private Audience AudienceOf(NudgeAudience audience, IReadOnlyList<string> people) => audience switch
    {
        NudgeAudience.Dris => new Audience { TeamChannel = true, People = _dris },
        NudgeAudience.Assignees when people.Count > 0 => new Audience { TeamChannel = true, People = people },
        _ => new Audience { TeamChannel = true, TeamInbox = true, People = _dris },
    };

    private sealed record Owed(ArRef Ar, NudgeNote Note, IReadOnlyList<string> Channels, FlagKind Flag, bool Escalation, NoticeItem Item);
}
