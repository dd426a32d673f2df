using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Webhooks;
using SalesOpsAr.Workflow.History;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Platform.Reading;

/// <summary>
/// The one mapping from GitLab's data to the rules' input: an issue read from the API, or the issue and the
/// hints an <see cref="ArChanged"/> carries from a webhook (the receiver's dry-run path and <c>replay</c>).
/// </summary>
internal static class ArInput
{
    public static ArSnapshot Snapshot(GitLabIssue issue, long projectId)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new()
        {
            ProjectId = issue.ProjectId > 0 ? issue.ProjectId : projectId,
            Iid = issue.Iid,
            Title = issue.Title,
            Description = issue.Description,
            IsOpen = issue.State != "closed",
            Labels = issue.Labels,
            Assignees = issue.Assignees.Select(a => a.Username).ToList(),
            UserNotesCount = issue.UserNotesCount,
            WebUrl = issue.WebUrl,
            DueDate = issue.DueDate,
            Author = issue.Author?.Username,
            CreatedAt = issue.CreatedAt,
        };
    }

    /// <summary>The AR as the webhook showed it; null when the message carries none (a note event, or a token to read it with).</summary>
    public static ArSnapshot? Snapshot(ArChanged message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Issue is not { } issue ? null : new()
        {
            ProjectId = message.ProjectId,
            Iid = message.Iid,
            Title = issue.Title,
            Description = issue.Description,
            IsOpen = issue.State != "closed",
            Labels = issue.Labels,
            Assignees = issue.Assignees,
            WebUrl = issue.Url,
            DueDate = DateOnly.TryParseExact(issue.DueDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var due) ? due : null,
        };
    }

    /// <summary>The message a webhook becomes; the issue itself rides along only when the reconciler cannot read GitLab.</summary>
    /// <param name="botUsername">The bot's username: a comment mentioning it with <c>runbook</c> asks for the runbook.</param>
    public static ArChanged Message(WebhookEvent e, ArRules rules, string botUsername, string deliveryId, string? eventUuid, DateTimeOffset receivedAt, bool withIssue)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(rules);
        return new()
        {
            AssigneesChanged = e.AssigneesChanged,
            RunbookAsked = e.Kind == "note" && Workflow.Assisting.RunbookTrigger.IsAsked(e.NoteText, botUsername),
            Commands = e.Kind == "note" ? [.. Workflow.Provisioning.BotCommand.In(e.NoteText, botUsername).Select(c => c.ToString())] : [],
            CommandBy = e.Kind == "note" ? e.Username : null,
            NoteId = e.NoteId,
            TaskChange = (e.PreviousDescription is null ? TaskChange.None : rules.TaskChangeBetween(e.PreviousDescription, e.Description)).ToString().ToLowerInvariant(),
            ProjectId = e.ProjectId,
            Iid = e.Iid,
            DeliveryId = deliveryId,
            EventUuid = eventUuid,
            Source = e.Kind,
            Action = e.Action.ToString().ToLowerInvariant(),
            LabelsAdded = e.LabelsAdded,
            LabelsRemoved = e.LabelsRemoved,
            ReceivedAt = receivedAt,
            Issue = withIssue && e.Kind == "issue"
                ? new ArChangedIssue
                {
                    Title = e.Title,
                    Description = e.Description,
                    State = e.IsOpen ? "opened" : "closed",
                    Labels = e.Labels,
                    Assignees = e.Assignees,
                    Url = e.Url,
                    DueDate = e.DueDate,
                }
                : null,
        };
    }

    /// <summary>An AR's label events as the rules read them; an event without a time is of no use to a clock and is left out.</summary>
    public static IEnumerable<LabelEvent> LabelEvents(IEnumerable<GitLabLabelEvent> events) =>
        events.Where(e => e.CreatedAt is not null).Select(e => new LabelEvent(e.User?.Username, e.Label?.Name, e.Action == "add", e.CreatedAt!.Value));

    /// <summary>An AR's notes as the rules read them; a note without a time is taken as made when the AR was.</summary>
    public static IEnumerable<ArNote> Notes(IEnumerable<GitLabNote> notes, DateTimeOffset createdAt) =>
        notes.Select(n => new ArNote(n.Id, n.Author?.Username, n.Body, n.System, n.CreatedAt ?? createdAt));

    public static ArHints Hints(ArChanged message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new()
        {
            Action = message.Action switch
            {
                "open" => EventAction.Open,
                "update" => EventAction.Update,
                "close" => EventAction.Close,
                "reopen" => EventAction.Reopen,
                "note" => EventAction.Note,
                _ => EventAction.None,
            },
            LabelsAdded = message.LabelsAdded,
            LabelsRemoved = message.LabelsRemoved,
            AssigneesChanged = message.AssigneesChanged,
            TaskChange = Enum.TryParse<TaskChange>(message.TaskChange, ignoreCase: true, out var change) ? change : TaskChange.None,
            RunbookAsked = message.RunbookAsked,
        };
    }
}
