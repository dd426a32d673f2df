using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;

namespace SalesOpsAr.Simulation;

// Project labels and issue boards, as `setup` uses them.
public sealed partial class FakeGitLab
{
    // A change to labels or boards: the token, then the role (a Guest may read, not change: 403), then a failure asked for.
    private ResponseMessage Change(IRequestMessage request, Func<IRequestMessage, ResponseMessage> change) =>
        !Authorized(request) ? Refusal()
        : BotRole == "Guest" ? Json(403, new JsonObject { ["message"] = "403 Forbidden" })
        : FailNextChange.TryDequeue(out var status) ? Json(status, new JsonObject { ["message"] = $"{status} {(status == 500 ? "Internal Server Error" : "Refused")}" })
        : change(request);

    // POST /labels: name and color required (#RRGGBB or a CSS name); a name taken is 409, as GitLab answers.
    private ResponseMessage CreateLabel(IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body ?? "{}")!.AsObject();
        var name = body["name"]?.GetValue<string>();
        var color = body["color"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(color))
        {
            return Json(400, new JsonObject { ["message"] = "name, color are missing" });
        }

        if (!IsColor(color))
        {
            return Json(400, new JsonObject { ["message"] = new JsonObject { ["color"] = new JsonArray("must be a valid color code") } });
        }

        // ProjectLabel#title_must_not_exist_at_group_level: the same title (as written) as a group label is refused.
        if (_groupLabels.Values.Any(l => l.Name == name))
        {
            return Json(400, new JsonObject { ["message"] = new JsonObject { ["title"] = new JsonArray("already exists at group level for sales. Please choose another one.") } });
        }

        var label = new FakeLabel(Interlocked.Increment(ref _nextLabelId), name, color, body["description"]?.GetValue<string>());
        return _labels.TryAdd(name, label) ? Json(201, LabelJson(label)) : Json(409, new JsonObject { ["message"] = "Label already exists" });
    }

    private ResponseMessage UpdateLabel(IRequestMessage request)
    {
        var id = long.Parse(request.Path.Split('/')[^1], CultureInfo.InvariantCulture);
        var body = JsonNode.Parse(request.Body ?? "{}")!.AsObject();
        if (_labels.Values.FirstOrDefault(l => l.Id == id) is not { } label)
        {
            return Json(404, new JsonObject { ["message"] = "404 Label Not Found" });
        }

        var color = body["color"]?.GetValue<string>() ?? label.Color;
        if (!IsColor(color))
        {
            return Json(400, new JsonObject { ["message"] = new JsonObject { ["color"] = new JsonArray("must be a valid color code") } });
        }

        var updated = label with { Color = color, Description = body["description"]?.GetValue<string>() ?? label.Description };
        _labels[label.Name] = updated;
        return Json(200, LabelJson(updated));
    }

    // DELETE /labels/:label_id: 204 No Content, as GitLab answers; the label is gone (404 when there is none).
    private ResponseMessage DeleteLabel(IRequestMessage request)
    {
        var id = long.Parse(request.Path.Split('/')[^1], CultureInfo.InvariantCulture);
        if (_labels.Values.FirstOrDefault(l => l.Id == id) is not { } label)
        {
            return Json(404, new JsonObject { ["message"] = "404 Label Not Found" });
        }

        _labels.TryRemove(label.Name, out _);
        return new ResponseMessage { StatusCode = 204 };
    }

    private ResponseMessage CreateBoard(IRequestMessage request)
    {
        var name = JsonNode.Parse(request.Body ?? "{}")?["name"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            return Json(400, new JsonObject { ["message"] = "name is missing" });
        }

        var board = new FakeBoard(Interlocked.Increment(ref _nextLabelId), name);
        _boards[board.Id] = board;
        return Json(201, BoardJson(board));
    }

    // POST /boards/:id/lists with label_id: the list goes after the others; a label that is not the project's is 404.
    private ResponseMessage CreateBoardList(IRequestMessage request)
    {
        var boardId = long.Parse(request.Path.Split('/')[^2], CultureInfo.InvariantCulture);
        var labelId = JsonNode.Parse(request.Body ?? "{}")?["label_id"]?.GetValue<long>();
        if (!_boards.TryGetValue(boardId, out var board))
        {
            return Json(404, new JsonObject { ["message"] = "404 Board Not Found" });
        }

        // A board's list may use a group's label as well as a project's.
        if (_labels.Values.Concat(_groupLabels.Values).FirstOrDefault(l => l.Id == labelId) is not { } label)
        {
            return Json(404, new JsonObject { ["message"] = "404 Label Not Found" });
        }

        lock (board.Lists)
        {
            if (board.Lists.Any(l => l.Label.Id == label.Id))
            {
                return Json(400, new JsonObject { ["message"] = new JsonObject { ["label"] = new JsonArray("is already taken") } });
            }

            var list = new FakeBoardList(Interlocked.Increment(ref _nextLabelId), label, board.Lists.Count);
            board.Lists.Add(list);
            return Json(201, BoardListJson(list));
        }
    }

    private static bool IsColor(string color) =>
        (color.Length == 7 && color[0] == '#' && color[1..].All(char.IsAsciiHexDigit)) || color.All(char.IsAsciiLetterLower);

    private static JsonNode LabelJson(FakeLabel label) => new JsonObject
    {
        ["id"] = label.Id,
        ["name"] = label.Name,
        ["color"] = label.Color,
        ["text_color"] = "#FFFFFF",
        ["description"] = label.Description,
        ["open_issues_count"] = 0,
        ["priority"] = null,
        ["is_project_label"] = !label.OfGroup,
    };

    private JsonNode BoardJson(FakeBoard board)
    {
        lock (board.Lists)
        {
            return new JsonObject
            {
                ["id"] = board.Id,
                ["name"] = board.Name,
                ["hide_backlog_list"] = false,
                ["hide_closed_list"] = false,
                ["lists"] = new JsonArray([.. board.Lists.Select(l => (JsonNode)BoardListJson(l))]),
            };
        }
    }

    private static JsonObject BoardListJson(FakeBoardList list) => new()
    {
        ["id"] = list.Id,
        ["label"] = new JsonObject { ["id"] = list.Label.Id, ["name"] = list.Label.Name, ["color"] = list.Label.Color, ["description"] = list.Label.Description },
        ["position"] = list.Position,
    };
}
