using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace SalesOpsAr.Simulation;

// The notes and label-event routes, and their JSON.
public sealed partial class FakeGitLab
{
    // GitLab sorts notes by created_at (order_by=updated_at is taken too), newest first unless sort=asc.
    private ResponseMessage ListNotes(IRequestMessage request) => WithIssue(request, issue =>
    {
        var ascending = request.Query?.TryGetValue("sort", out var sort) == true && sort[0] == "asc";
        var notes = issue.NotesNow().Select((n, i) => (Note: n, Order: i)).OrderBy(n => n.Note.CreatedAt).ThenBy(n => n.Order).Select(n => n.Note);
        var all = (ascending ? notes : notes.Reverse()).Select(n => (JsonNode)NoteJson(n)).ToList();
        if (!issue.NotesNeverEnd)
        {
            return Paged(request, all);
        }

        // The same notes on every page, and always a next one: only the client's own bounds end the list.
        var number = int.Parse(request.Query?.TryGetValue("page", out var p) == true ? p[0] : "1", CultureInfo.InvariantCulture);
        return Json(200, new JsonArray([.. all.Take(100).Select(n => n.DeepClone())]), ("x-next-page", (number + 1).ToString(CultureInfo.InvariantCulture)), ("x-page", number.ToString(CultureInfo.InvariantCulture)));
    });

    private ResponseMessage PostNote(IRequestMessage request) => WithIssue(request, issue =>
    {
        if (issue.FailNextNote.TryDequeue(out var status))
        {
            return Json(status, new JsonObject { ["message"] = $"{status} injected fault" });
        }

        if (NotesPerMinute > 0 && _notesWindow.TryTake(Clock.GetUtcNow(), NotesPerMinute, TimeSpan.FromMinutes(1)) is { } notesReset)
        {
            Interlocked.Increment(ref _notesThrottled);
            return TooManyRequests(notesReset, NotesPerMinute);
        }

        var body = JsonNode.Parse(request.Body ?? "{}")?["body"]?.GetValue<string>() ?? "";
        if (IsOnlyQuickActions(body))
        {
            return Json(202, new JsonObject { ["commands_changes"] = new JsonObject(), ["summary"] = new JsonArray() }); // runs them, saves no note
        }

        var note = new FakeNote(Interlocked.Increment(ref _nextNoteId), BotUsername, body, false, Clock.GetUtcNow());
        lock (issue.Gate)
        {
            issue.Notes.Add(note);
            issue.UpdatedAt = note.CreatedAt;
        }

        Echo(request, IssueHookPayload.Note(issue, BotUsername, body), "Confidential Note Hook");
        lock (issue.Gate)
        {
            if (issue.NotePostsThatSaveThenFail > 0)
            {
                issue.NotePostsThatSaveThenFail--;
                return Json(502, new JsonObject { ["message"] = "502 Bad Gateway" });
            }
        }

        return Json(201, NoteJson(note));
    });

    private ResponseMessage EditNote(IRequestMessage request) => WithIssue(request, issue =>
    {
        var noteId = long.Parse(request.Path[(request.Path.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var body = JsonNode.Parse(request.Body ?? "{}")?["body"]?.GetValue<string>() ?? "";
        lock (issue.Gate)
        {
            var index = issue.Notes.FindIndex(n => n.Id == noteId);
            if (index < 0)
            {
                return Json(404, new JsonObject { ["message"] = "404 Note Not Found" });
            }

            if (issue.Notes[index].Author != BotUsername)
            {
                return Json(403, new JsonObject { ["message"] = "403 Forbidden" });
            }

            issue.Notes[index] = issue.Notes[index] with { Body = body };
            issue.UpdatedAt = Clock.GetUtcNow();
            return Json(200, NoteJson(issue.Notes[index]));
        }
    });

    private ResponseMessage ListLabelEvents(IRequestMessage request) => WithIssue(request, issue =>
    {
        List<FakeLabelEvent> events;
        lock (issue.Gate)
        {
            events = [.. issue.LabelEvents];
        }

        return Paged(request, events.Select(e => (JsonNode)new JsonObject
        {
            ["id"] = e.Id,
            ["user"] = new JsonObject { ["id"] = FakeUsers.IdOf(e.User), ["username"] = e.User, ["name"] = e.User },
            ["created_at"] = e.At?.ToString("O"),
            ["resource_type"] = "Issue",
            ["resource_id"] = issue.ProjectId * 100_000 + issue.Iid,
            ["label"] = _deletedLabels.ContainsKey(e.Label) ? null : new JsonObject { ["id"] = 500, ["name"] = e.Label, ["color"] = "#428BCA", ["description"] = null },
            ["action"] = e.Action,
        }).ToList());
    });

    // GitLab runs a note made only of quick actions and saves nothing.
    private static bool IsOnlyQuickActions(string body)
    {
        var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count > 0 && lines.All(l => l.StartsWith('/'));
    }

    private static JsonObject NoteJson(FakeNote note) => new()
    {
        ["id"] = note.Id,
        ["body"] = note.Body,
        ["author"] = new JsonObject { ["id"] = FakeUsers.IdOf(note.Author), ["username"] = note.Author, ["name"] = note.Author },
        ["system"] = note.System,
        ["created_at"] = note.CreatedAt.ToString("O"),
    };
}
