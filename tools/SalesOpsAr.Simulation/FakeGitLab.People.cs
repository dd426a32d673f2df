using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;

namespace SalesOpsAr.Simulation;

// People: users and statuses, and what a person does in GitLab (comment, edit) with its webhook.
public sealed partial class FakeGitLab
{
    public void SetStatus(string username, FakeStatus status) => _statuses[FakeUsers.IdOf(username)] = status;

    /// <summary>The user's status answers 404 (a blocked or deleted user).</summary>
    public void SetStatusMissing(string username) => _missingStatuses[FakeUsers.IdOf(username)] = 0;

    /// <summary>A person comments on the issue: GitLab saves the note and delivers the Note Hook.</summary>
    public Task<HttpResponseMessage> PersonCommentsAsync(FakeIssue issue, string person, string body)
    {
        var note = AddNote(issue, person, body, Clock.GetUtcNow());
        return DeliverAsync(IssueHookPayload.Note(issue, person, body, note.Id), "Confidential Note Hook");
    }

    /// <summary>
    /// A person edits the issue in GitLab's UI. GitLab records what changed as it does: label events, and system notes
    /// by the person (<c>assigned to @x</c>, <c>unassigned @x</c>, <c>marked the checklist item **…** as completed</c>,
    /// <c>changed the description</c>, <c>closed</c>, <c>reopened</c>); then it delivers the Issue Hook with the
    /// <c>changes</c> it made.
    /// </summary>
    public Task<HttpResponseMessage> PersonEditsAsync(FakeIssue issue, string person, Action<FakeIssue> edit, string action = "update")
    {
        string payload;
        lock (issue.Gate)
        {
            var labels = issue.Labels.ToList();
            var assignees = issue.Assignees.ToList();
            var description = issue.Description;
            var state = issue.State;
            edit(issue);
            RecordLabelChanges(issue, person, labels);
            foreach (var note in SystemNotes(assignees, issue.Assignees, description, issue.Description, state, issue.State))
            {
                issue.Notes.Add(new FakeNote(Interlocked.Increment(ref _nextNoteId), person, note, true, Clock.GetUtcNow()));
            }

            if (issue.State == "closed" && state != "closed")
            {
                issue.ClosedAt = Clock.GetUtcNow();
            }

            issue.UpdatedAt = Clock.GetUtcNow();
            payload = IssueHookPayload.Issue(issue, person, action, labels, assignees, description);
        }

        return DeliverAsync(payload, "Confidential Issue Hook");
    }

    /// <summary>Whether a user of that name exists (<c>GET /users?username=</c> answers an empty list otherwise).</summary>
    public ConcurrentDictionary<string, byte> UnknownUsers { get; } = new(StringComparer.OrdinalIgnoreCase);

    // GitLab's system notes for an edit (app/services/system_notes/issuables_service.rb).
    private static IEnumerable<string> SystemNotes(
        List<string> assigneesBefore, List<string> assigneesAfter, string descriptionBefore, string descriptionAfter, string stateBefore, string stateAfter)
    {
        var added = assigneesAfter.Except(assigneesBefore, StringComparer.OrdinalIgnoreCase).Select(a => "@" + a).ToList();
        var removed = assigneesBefore.Except(assigneesAfter, StringComparer.OrdinalIgnoreCase).Select(a => "@" + a).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            yield return string.Join(" and ", new[]
            {
                added.Count > 0 ? "assigned to " + string.Join(", ", added) : null,
                removed.Count > 0 ? "unassigned " + string.Join(", ", removed) : null,
            }.OfType<string>());
        }

        if (descriptionBefore != descriptionAfter)
        {
            var before = descriptionBefore.Split('\n');
            var after = descriptionAfter.Split('\n');
            var toggled = before.Length == after.Length
                ? before.Zip(after).Where(p => p.First != p.Second).ToList()
                : null;
            if (toggled is { Count: > 0 } && toggled.All(p => p.First.Replace("[x]", "[ ]", StringComparison.OrdinalIgnoreCase) == p.Second.Replace("[x]", "[ ]", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var (_, line) in toggled)
                {
                    var text = line[(line.IndexOf(']', StringComparison.Ordinal) + 1)..].Trim();
                    yield return $"marked the checklist item **{text}** as {(line.Contains("[ ]", StringComparison.Ordinal) ? "incomplete" : "completed")}";
                }
            }
            else
            {
                yield return "changed the description";
            }
        }

        if (stateBefore != stateAfter)
        {
            yield return stateAfter == "closed" ? "closed" : "reopened";
        }
    }

    public Task<HttpResponseMessage> DeliverAsync(string payload, string eventHeader, string? idempotencyKey = null, string? eventUuid = null)
    {
        eventUuid ??= Guid.NewGuid().ToString();
        _deliveredUuids[eventUuid] = 0;
        var target = WebhookUrl ?? throw new InvalidOperationException("FakeGitLab.WebhookUrl is not set");
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Gitlab-Event", eventHeader);
        request.Headers.Add("X-Gitlab-Token", WebhookSecret);
        request.Headers.Add("X-Gitlab-Event-UUID", eventUuid);
        request.Headers.Add("X-Gitlab-Webhook-UUID", Guid.NewGuid().ToString());
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        request.Headers.Add("X-Gitlab-Instance", Url);
        return _webhooks.SendAsync(request);
    }

    /// <summary>Users' public e-mail addresses (address → username): <c>GET /users?search=</c> finds a user by it.</summary>
    public ConcurrentDictionary<string, string> PublicEmails { get; } = new(StringComparer.OrdinalIgnoreCase);

    // GET /users?username=: a list of at most one user, empty for a name nobody has. GET /users?search=: by public
    // e-mail address (as GitLab matches one for a caller who is no admin), else a part of the username.
    private ResponseMessage FindUser(IRequestMessage request)
    {
        var search = request.Query?.TryGetValue("search", out var q) == true ? q[0] : null;
        var username = request.Query?.TryGetValue("username", out var u) == true ? u[0]
            : search is null ? null
            : search.Contains('@', StringComparison.Ordinal) ? PublicEmails.GetValueOrDefault(search)
            : PublicEmails.Values.FirstOrDefault(n => n.Contains(search, StringComparison.OrdinalIgnoreCase));
        if (username is null || UnknownUsers.ContainsKey(username))
        {
            return Json(200, new JsonArray());
        }

        return Json(200, new JsonArray(new JsonObject
        {
            ["id"] = FakeUsers.IdOf(username),
            ["username"] = username,
            ["name"] = FakeUsers.DisplayName(username),
            ["state"] = "active",
            ["avatar_url"] = "https://gitlab.example.com/uploads/avatar.png",
            ["web_url"] = $"https://gitlab.example.com/{username}",
        }));
    }

    private ResponseMessage GetStatus(IRequestMessage request)
    {
        var userId = long.Parse(request.Path.Split('/')[^2], CultureInfo.InvariantCulture);
        if (_missingStatuses.ContainsKey(userId))
        {
            return Json(404, new JsonObject { ["message"] = "404 User Not Found" });
        }

        var status = _statuses.GetValueOrDefault(userId) ?? new FakeStatus();
        return Json(200, new JsonObject
        {
            ["emoji"] = status.Emoji,
            ["message"] = status.Message,
            ["message_html"] = status.Message,
            ["availability"] = status.Availability,
            ["clear_status_at"] = status.ClearStatusAt?.ToString("O"),
        });
    }

    private void Echo(IRequestMessage cause, string payload, string eventHeader = "Confidential Issue Hook")
    {
        var uuid = cause.Headers is { } headers && headers.TryGetValue("X-Gitlab-Event-UUID", out var values) ? values.FirstOrDefault() : null;
        var suppressed = SuppressEchoWithEventUuid && uuid is not null && _deliveredUuids.ContainsKey(uuid);
        if (suppressed || WebhookUrl is null)
        {
            return;
        }

        Interlocked.Increment(ref _echoesSent);
        Interlocked.Increment(ref _echoesInFlight);
        _ = Task.Run(async () =>
        {
            try
            {
                using var response = await DeliverAsync(payload, eventHeader);
            }
            catch (HttpRequestException)
            {
                // the receiver is gone (a test stopped it): GitLab would retry later; the echo is lost here
            }
            finally
            {
                Interlocked.Decrement(ref _echoesInFlight);
            }
        });
    }
}
