using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace SalesOpsAr.Simulation;

// The issue routes: read, label edit, listing; their JSON, and the echo webhooks a change fires.
public sealed partial class FakeGitLab
{
    // A slow GitLab: wait (without holding a thread), then answer and change state as usual.
    private async Task<ResponseMessage> Delayed(IRequestMessage request, Func<FakeIssue, TimeSpan> delayOf, Func<IRequestMessage, ResponseMessage> handle)
    {
        var m = IssuePattern().Match(request.Path);
        var key = (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        var delay = Latency;
        if (_issues.TryGetValue(key, out var issue))
        {
            if (request.Method == "PUT")
            {
                issue.PutArrivedAt = System.Diagnostics.Stopwatch.GetTimestamp();
            }

            delay += delayOf(issue);
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay);
        }

        return handle(request);
    }

    private ResponseMessage GetIssue(IRequestMessage request) =>
        WithIssue(request, issue =>
        {
            var json = IssueJson(issue);
            if (issue.PadAnswerTo > 0)
            {
                json["padding"] = new string('x', issue.PadAnswerTo);
            }

            return Json(200, json);
        });

    private ResponseMessage PutIssue(IRequestMessage request) => WithIssue(request, issue =>
    {
        var body = JsonNode.Parse(request.Body ?? "{}")!.AsObject();
        List<string> previous;
        List<string> assigned;
        lock (issue.Gate)
        {
            previous = [.. issue.Labels];
            assigned = [.. issue.Assignees];
            if (body["assignee_ids"] is JsonArray ids)
            {
                // GitLab replaces the assignees with these users (an unknown id is dropped, as GitLab does) and says so in system notes.
                var names = ids.Select(i => FakeUsers.NameOf(i!.GetValue<long>())).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                issue.Assignees.Clear();
                issue.Assignees.AddRange(names);
                foreach (var note in SystemNotes(assigned, issue.Assignees, issue.Description, issue.Description, issue.State, issue.State))
                {
                    issue.Notes.Add(new FakeNote(Interlocked.Increment(ref _nextNoteId), BotUsername, note, true, Clock.GetUtcNow()));
                }
            }

            foreach (var title in Split(body["remove_labels"]))
            {
                issue.Labels.RemoveAll(l => string.Equals(l, title, StringComparison.OrdinalIgnoreCase));
            }

            foreach (var title in Split(body["add_labels"]))
            {
                if (!issue.Labels.Contains(title, StringComparer.OrdinalIgnoreCase))
                {
                    issue.Labels.Add(title);
                }
            }

            RecordLabelChanges(issue, BotUsername, previous);
            if (body["due_date"]?.GetValue<string>() is { } due)
            {
                // GitLab takes YYYY-MM-DD (400 otherwise) and records the change as a system note.
                if (!DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return Json(400, new JsonObject { ["message"] = new JsonObject { ["due_date"] = new JsonArray("is invalid") } });
                }

                issue.DueDate = date;
                issue.Notes.Add(new FakeNote(Interlocked.Increment(ref _nextNoteId), BotUsername, $"changed due date to {date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}", true, Clock.GetUtcNow()));
            }
        }

        Echo(request, IssueHookPayload.Issue(issue, BotUsername, "update", previous, assigned));
        return Json(200, IssueJson(issue));
    });

    private ResponseMessage ListIssues(IRequestMessage request)
    {
        if (!Authorized(request))
        {
            return Refusal();
        }

        var projectId = long.Parse(ProjectPattern().Match(request.Path).Groups[1].Value, CultureInfo.InvariantCulture);
        var state = request.Query?.TryGetValue("state", out var s) == true ? s[0] : "all";
        DateTimeOffset? updatedAfter = request.Query?.TryGetValue("updated_after", out var ua) == true
            ? DateTimeOffset.Parse(ua[0], CultureInfo.InvariantCulture) : null;
        // labels: every one of them (comma-separated); search: every word in the title or the description (in=title,description).
        var labels = request.Query?.TryGetValue("labels", out var l) == true ? l[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        var words = request.Query?.TryGetValue("search", out var q) == true ? q[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (words.Length > 0)
        {
            Interlocked.Increment(ref _searches);
        }

        var matching = _issues.Values
            .Where(i => i.ProjectId == projectId && (state == "all" || i.State == state) && (updatedAfter is null || i.UpdatedAt >= updatedAfter))
            .Where(i => labels.All(label => i.LabelsNow().Contains(label, StringComparer.OrdinalIgnoreCase)))
            .Where(i => words.All(w => i.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || i.Description.Contains(w, StringComparison.OrdinalIgnoreCase)));
        var descending = request.Query?.TryGetValue("sort", out var sort) == true && sort[0] == "desc";
        var byUpdated = request.Query?.TryGetValue("order_by", out var order) == true && order[0] == "updated_at";
        var ordered = byUpdated
            ? (descending ? matching.OrderByDescending(i => i.UpdatedAt) : matching.OrderBy(i => i.UpdatedAt))
            : (descending ? matching.OrderByDescending(i => i.CreatedAt) : matching.OrderBy(i => i.CreatedAt));
        return Paged(request, [.. ordered.ThenBy(i => i.Iid).Select(i => (JsonNode)IssueJson(i))]);
    }

    private void RecordLabelChanges(FakeIssue issue, string user, List<string> previous)
    {
        var at = Clock.GetUtcNow();
        foreach (var added in issue.Labels.Except(previous))
        {
            issue.LabelEvents.Add(new FakeLabelEvent(Interlocked.Increment(ref _nextEventId), user, added, "add", at));
        }

        foreach (var removed in previous.Except(issue.Labels))
        {
            issue.LabelEvents.Add(new FakeLabelEvent(Interlocked.Increment(ref _nextEventId), user, removed, "remove", at));
        }

        issue.UpdatedAt = at;
    }

    private ResponseMessage WithIssue(IRequestMessage request, Func<FakeIssue, ResponseMessage> handle)
    {
        if (!Authorized(request))
        {
            return Refusal();
        }

        if (Throttle() is { } throttled)
        {
            return throttled;
        }

        var m = IssuePattern().Match(request.Path);
        var key = (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        if (!_issues.TryGetValue(key, out var issue))
        {
            return Json(404, new JsonObject { ["message"] = "404 Issue Not Found" });
        }

        var issueMatch = IssuePattern().Match(request.Path);
        var suffix = request.Path[(issueMatch.Index + issueMatch.Length)..];
        if (issue.FailOn.TryGetValue($"{request.Method} {suffix}".TrimEnd(), out var failure))
        {
            return Json(failure, new JsonObject { ["message"] = $"{failure} injected fault" });
        }

        if (issue.FailWith is { } status || issue.FailNext.TryDequeue(out status))
        {
            return status == 429
                ? TooManyRequests(Clock.GetUtcNow().AddSeconds(issue.RetryAfterSeconds), 2000)
                : Json(status, new JsonObject { ["message"] = $"{status} injected fault" });
        }

        return handle(issue);
    }

    private static JsonObject IssueJson(FakeIssue issue)
    {
        lock (issue.Gate)
        {
            return new JsonObject
            {
                ["id"] = issue.ProjectId * 100_000 + issue.Iid,
                ["iid"] = issue.Iid,
                ["project_id"] = issue.ProjectId,
                ["title"] = issue.Title,
                ["description"] = issue.Description,
                ["state"] = issue.State,
                ["labels"] = new JsonArray([.. issue.Labels.Select(l => (JsonNode)l)]),
                ["assignees"] = new JsonArray([.. issue.Assignees.Select(a => (JsonNode)new JsonObject { ["id"] = FakeUsers.IdOf(a), ["username"] = a, ["name"] = FakeUsers.DisplayName(a) })]),
                ["author"] = new JsonObject { ["id"] = FakeUsers.IdOf(issue.Author), ["username"] = issue.Author, ["name"] = FakeUsers.DisplayName(issue.Author) },
                ["user_notes_count"] = issue.Notes.Count(n => !n.System),
                ["created_at"] = issue.CreatedAt.ToString("O"),
                ["updated_at"] = issue.UpdatedAt.ToString("O"),
                ["closed_at"] = issue.ClosedAt?.ToString("O"),
                ["web_url"] = $"https://gitlab.example.com/ar/-/issues/{issue.Iid}",
                ["due_date"] = issue.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["task_completion_status"] = new JsonObject { ["count"] = 0, ["completed_count"] = 0 },
            };
        }
    }

    private static IEnumerable<string> Split(JsonNode? csv) =>
        (csv?.GetValue<string>() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
