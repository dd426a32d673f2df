using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>
/// Reads an AR's label events and notes (two paged calls) and remembers the result per process until the
/// issue's <c>updated_at</c> moves, so a sweep over unchanged ARs reads nothing but the issue list.
/// </summary>
internal sealed class ArHistoryReader(IGitLabClient gitLab, ArRules rules, IOptions<GitLabOptions> options, ArHistoryCache cache)
{
    public async Task<ArHistory> ReadAsync(GitLabIssue issue, long projectId, ArState state, CancellationToken cancellationToken)
    {
        var key = (projectId, issue.Iid);
        var stamp = (issue.UpdatedAt ?? DateTimeOffset.MinValue, state);
        if (cache.TryGet(key, stamp, out var known))
        {
            return known;
        }

        var bot = options.Value.BotUsername;
        bool ByPerson(GitLabUser? user) => user is not null && !string.Equals(user.Username, bot, StringComparison.OrdinalIgnoreCase);

        var created = issue.CreatedAt ?? DateTimeOffset.MinValue;
        var labelEvents = await gitLab.ListLabelEventsAsync(projectId, issue.Iid, cancellationToken);
        var notes = await gitLab.ListNotesAsync(projectId, issue.Iid, cancellationToken);

        var stateSince = labelEvents
            .Where(e => e.Action == "add" && e.Label is not null && rules.Labels.StateOf(e.Label.Name) == state)
            .Select(e => e.CreatedAt)
            .DefaultIfEmpty(created)
            .Max();
        var lastPerson = notes.Where(n => ByPerson(n.Author)).Select(n => n.CreatedAt ?? created)
            .Concat(labelEvents.Where(e => ByPerson(e.User)).Select(e => e.CreatedAt))
            .Append(created)
            .Max();
        var botNotes = notes.Where(n => n.Author is not null && !ByPerson(n.Author)).ToList();
        var markers = botNotes.SelectMany(n => NudgeMarker.Parse(n.Body, n.CreatedAt ?? created, n.Id)).ToList();
        var bodies = botNotes.Where(n => n.Body.Contains("nudge flag=", StringComparison.Ordinal)).ToDictionary(n => n.Id, n => n.Body);

        var history = new ArHistory(stateSince, lastPerson, markers, bodies);
        cache.Set(key, stamp, history);
        return history;
    }
}
