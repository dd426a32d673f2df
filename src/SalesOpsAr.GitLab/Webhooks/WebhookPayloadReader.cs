using System.Text.Json;
using System.Text.Unicode;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.GitLab.Webhooks;

/// <summary>
/// Reads GitLab Issue Hook and Note Hook bodies defensively: any shape GitLab might send, and any shape
/// a stranger might, ends as an event, "ignored" or "malformed" with a short reason, never an exception.
/// </summary>
public static class WebhookPayloadReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static WebhookReadResult Read(ReadOnlyMemory<byte> body, string? eventHeader)
    {
        if (!Utf8.IsValid(body.Span))
        {
            return WebhookReadResult.Malformed("body is not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException e)
        {
            return WebhookReadResult.Malformed($"body is not valid JSON ({FirstSentence(e.Message)})");
        }
        catch (ArgumentException)
        {
            return WebhookReadResult.Malformed("body is not valid UTF-8 JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return WebhookReadResult.Malformed($"body must be a JSON object, not {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            try
            {
                var kind = Str(root, "object_kind");
                return (eventHeader, kind) switch
                {
                    ("Issue Hook" or "Confidential Issue Hook" or null, "issue") => ReadIssue(root),
                    ("Note Hook" or "Confidential Note Hook" or null, "note") => ReadNote(root),
                    ("Issue Hook" or "Confidential Issue Hook" or "Note Hook" or "Confidential Note Hook", _) =>
                        WebhookReadResult.Ignored($"object_kind '{Clip(kind)}' is not an issue or a note"),
                    _ => WebhookReadResult.Ignored($"event '{Clip(eventHeader ?? kind)}' is not handled"),
                };
            }
            catch (InvalidOperationException)
            {
                // JSON allows "\ud800" escapes that decode to no valid text; reading such a string throws.
                return WebhookReadResult.Malformed("a string in the body escapes a lone surrogate (\\ud800 … \\udfff), which is no text");
            }
        }
    }

    private static WebhookReadResult ReadIssue(JsonElement root)
    {
        if (!TryObject(root, "object_attributes", out var attributes))
        {
            return WebhookReadResult.Malformed("issue event without object_attributes");
        }

        if (!TryId(attributes, "iid", out var iid))
        {
            return WebhookReadResult.Malformed("object_attributes.iid must be a positive integer");
        }

        if (!TryProjectId(root, attributes, out var projectId))
        {
            return WebhookReadResult.Malformed("project.id must be a positive integer");
        }

        // The labels now are the top-level ones (then object_attributes'); changes.labels is history, and its current
        // may be older than the event (GitLab sends the last label change with later edits too). Only a payload
        // carrying neither is read from it.
        var now = Titles(root, "labels") ?? Titles(attributes, "labels");
        var labels = now ?? [];
        var previous = labels;
        string? previousDescription = null;
        var assigneesChanged = false;
        if (TryObject(root, "changes", out var changes))
        {
            if (TryObject(changes, "labels", out var labelChange))
            {
                previous = Titles(labelChange, "previous") ?? [];
                labels = now ?? Titles(labelChange, "current") ?? [];
            }

            if (TryObject(changes, "description", out var descriptionChange))
            {
                previousDescription = Str(descriptionChange, "previous") ?? "";
            }

            assigneesChanged = TryObject(changes, "assignees", out _);
        }

        return WebhookReadResult.Of(new WebhookEvent
        {
            Kind = "issue",
            ProjectId = projectId,
            Iid = iid,
            Username = UserName(root),
            Action = Str(attributes, "action") switch
            {
                "open" => EventAction.Open,
                "close" => EventAction.Close,
                "reopen" => EventAction.Reopen,
                _ => EventAction.Update,
            },
            IsOpen = Str(attributes, "state") != "closed",
            Title = Str(attributes, "title") ?? "",
            Description = Str(attributes, "description"),
            PreviousDescription = previousDescription,
            DueDate = Str(attributes, "due_date"),
            AssigneesChanged = assigneesChanged,
            Labels = labels,
            PreviousLabels = previous,
            Assignees = Usernames(root, "assignees"),
            Url = Str(attributes, "url"),
        });
    }

    private static WebhookReadResult ReadNote(JsonElement root)
    {
        if (!TryObject(root, "object_attributes", out var attributes))
        {
            return WebhookReadResult.Malformed("note event without object_attributes");
        }

        if (Str(attributes, "noteable_type") != "Issue")
        {
            return WebhookReadResult.Ignored("note is not on an issue");
        }

        if (!TryObject(root, "issue", out var issue) || !TryId(issue, "iid", out var iid))
        {
            return WebhookReadResult.Malformed("note event without issue.iid as a positive integer");
        }

        if (!TryProjectId(root, issue, out var projectId))
        {
            return WebhookReadResult.Malformed("project.id must be a positive integer");
        }

        var labels = Titles(issue, "labels") ?? [];
        return WebhookReadResult.Of(new WebhookEvent
        {
            Kind = "note",
            ProjectId = projectId,
            Iid = iid,
            Username = UserName(root),
            Action = EventAction.Note,
            IsOpen = Str(issue, "state") != "closed",
            Title = Str(issue, "title") ?? "",
            Description = Str(issue, "description"),
            Labels = labels,
            PreviousLabels = labels,
            Url = Str(issue, "url"),
            NoteId = TryId(attributes, "id", out var noteId) ? noteId : null,
            NoteText = Str(attributes, "note") is { } text && text.Length > WebhookEvent.MaxNoteText ? text[..WebhookEvent.MaxNoteText] : Str(attributes, "note"),
        });
    }

    private static bool TryProjectId(JsonElement root, JsonElement fallback, out long projectId) =>
        (TryObject(root, "project", out var project) && TryId(project, "id", out projectId))
        || TryId(root, "project_id", out projectId)
        || TryId(fallback, "project_id", out projectId);

    private static string? UserName(JsonElement root) =>
        TryObject(root, "user", out var user) ? Str(user, "username") : null;

    private static bool TryObject(JsonElement parent, string name, out JsonElement value) =>
        parent.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object;

    private static bool TryId(JsonElement parent, string name, out long id)
    {
        id = 0;
        return parent.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out id)
            && id > 0;
    }

    private static string? Str(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Label lists come as objects with a title; tolerate plain strings; skip anything else.
    private static List<string>? Titles(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var titles = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            var title = item.ValueKind switch
            {
                JsonValueKind.Object => Str(item, "title"),
                JsonValueKind.String => item.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(title))
            {
                titles.Add(title);
            }
        }

        return titles;
    }

    private static List<string> Usernames(JsonElement parent, string name)
    {
        var names = new List<string>();
        if (parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && Str(item, "username") is { Length: > 0 } username)
                {
                    names.Add(username);
                }
            }
        }

        return names;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf('.', StringComparison.Ordinal);
        return Clip(end > 0 ? message[..end] : message);
    }

    private static string Clip(string? text) =>
        text is null ? "" : text.Length <= 80 ? text : text[..80];
}
