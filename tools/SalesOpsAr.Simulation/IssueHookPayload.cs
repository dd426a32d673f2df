using System.Text.Json.Nodes;

namespace SalesOpsAr.Simulation;

/// <summary>Builds Issue Hook and Note Hook bodies shaped as GitLab sends them (see shared/brief/gitlab.md).</summary>
public static class IssueHookPayload
{
    public static string Issue(
        FakeIssue issue,
        string actor,
        string action,
        IReadOnlyList<string>? previousLabels = null,
        IReadOnlyList<string>? previousAssignees = null,
        string? previousDescription = null)
    {
        lock (issue.Gate)
        {
            var labels = LabelObjects(issue.Labels);
            var attributes = new JsonObject
            {
                ["id"] = issue.ProjectId * 100_000 + issue.Iid,
                ["iid"] = issue.Iid,
                ["project_id"] = issue.ProjectId,
                ["title"] = issue.Title,
                ["description"] = issue.Description,
                ["state"] = issue.State,
                ["action"] = action,
                ["confidential"] = true,
                ["assignee_ids"] = new JsonArray([.. issue.Assignees.Select(a => (JsonNode)FakeUsers.IdOf(a))]),
                ["labels"] = LabelObjects(issue.Labels),
                ["created_at"] = issue.CreatedAt.ToString("O"),
                ["updated_at"] = issue.UpdatedAt.ToString("O"),
                ["url"] = $"https://gitlab.example.com/ar/-/issues/{issue.Iid}",
                ["due_date"] = issue.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            var changes = new JsonObject();
            if (previousLabels is not null && !previousLabels.SequenceEqual(issue.Labels))
            {
                changes["labels"] = new JsonObject { ["previous"] = LabelObjects(previousLabels), ["current"] = LabelObjects(issue.Labels) };
            }

            if (previousDescription is not null && previousDescription != issue.Description)
            {
                changes["description"] = new JsonObject { ["previous"] = previousDescription, ["current"] = issue.Description };
            }

            if (previousAssignees is not null && !previousAssignees.SequenceEqual(issue.Assignees))
            {
                changes["assignees"] = new JsonObject { ["previous"] = Users(previousAssignees), ["current"] = Users(issue.Assignees) };
            }

            var root = new JsonObject
            {
                ["object_kind"] = "issue",
                ["event_type"] = "confidential_issue",
                ["user"] = User(actor),
                ["project"] = Project(issue.ProjectId),
                ["object_attributes"] = attributes,
                ["labels"] = labels,
                ["changes"] = changes,
            };
            if (issue.Assignees.Count > 0)
            {
                root["assignees"] = Users(issue.Assignees); // GitLab leaves the key out when nobody is assigned
            }

            return root.ToJsonString();
        }
    }

    public static string Note(FakeIssue issue, string actor, string body, long noteId = 777)
    {
        lock (issue.Gate)
        {
            return new JsonObject
            {
                ["object_kind"] = "note",
                ["event_type"] = "confidential_note",
                ["user"] = User(actor),
                ["project_id"] = issue.ProjectId,
                ["project"] = Project(issue.ProjectId),
                ["object_attributes"] = new JsonObject
                {
                    ["id"] = noteId,
                    ["note"] = body,
                    ["noteable_type"] = "Issue",
                    ["system"] = false,
                    ["created_at"] = "2026-11-20 10:00:00 UTC",
                },
                ["issue"] = new JsonObject
                {
                    ["iid"] = issue.Iid,
                    ["project_id"] = issue.ProjectId,
                    ["title"] = issue.Title,
                    ["description"] = issue.Description,
                    ["state"] = issue.State,
                    ["labels"] = LabelObjects(issue.Labels),
                    ["assignee_ids"] = new JsonArray([.. issue.Assignees.Select(a => (JsonNode)FakeUsers.IdOf(a))]),
                },
            }.ToJsonString();
        }
    }

    private static JsonArray LabelObjects(IEnumerable<string> titles) =>
        new([.. titles.Select((t, i) => (JsonNode)new JsonObject { ["id"] = 500 + i, ["title"] = t, ["type"] = "ProjectLabel" })]);

    private static JsonArray Users(IEnumerable<string> usernames) => new([.. usernames.Select(u => (JsonNode)User(u))]);

    private static JsonObject User(string username) =>
        new() { ["id"] = FakeUsers.IdOf(username), ["name"] = username, ["username"] = username };

    private static JsonObject Project(long id) => new()
    {
        ["id"] = id,
        ["path_with_namespace"] = "gitlab-com/team-member-epics/access-requests",
        ["web_url"] = "https://gitlab.example.com/ar",
    };
}
