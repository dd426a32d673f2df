using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace SalesOpsAr.Simulation;

/// <summary>
/// A SCIM 2.0 service (RFC 7644) faked statefully, as an identity service in front of DataFox or Clari answers: the bearer
/// token checked (401), <c>GET /Users?filter=userName eq "…"</c> (only that filter: another is 400 <c>invalidFilter</c>),
/// <c>POST /Users</c> (201 with <c>Location</c> and <c>ETag</c>; a taken userName, case aside, is 409 <c>uniqueness</c>; no
/// userName or no core schema, 400 <c>invalidValue</c>), <c>GET</c> and <c>PATCH /Users/{id}</c> (a <c>PatchOp</c>; a stale
/// <c>If-Match</c> is 412), every error in the RFC's shape (<c>schemas</c>, <c>status</c> as a string, <c>scimType</c>,
/// <c>detail</c>), answers as <c>application/scim+json</c>, and injected faults.
/// </summary>
public sealed class FakeScim : IDisposable
{
    public const string Token = "fake-scim-token-0123456789";
    public const string BasePath = "/scim/v2";
    private const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    private const string PatchSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private readonly WireMockServer _server = LoopbackWireMock.Start();
    private readonly List<FakeScimUser> _users = [];
    private readonly ConcurrentQueue<int> _faults = new();

    public FakeScim()
    {
        Route("GET", $"^{BasePath}/Users$", List);
        Route("POST", $"^{BasePath}/Users$", Create);
        Route("GET", $"^{BasePath}/Users/[^/]+$", request => WithUser(request, (user, _) => Resource(200, user)));
        Route("PATCH", $"^{BasePath}/Users/[^/]+$", request => WithUser(request, Patch));
    }

    /// <summary>The base address an operator configures (<c>/Users</c> hangs from it).</summary>
    public string Url => _server.Url + BasePath;

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Every call (method and path with query).</summary>
    public IReadOnlyList<string> Calls() => [.. _server.LogEntries.Select(e => $"{e.RequestMessage.Method} {e.RequestMessage.Path}{(e.RequestMessage.RawQuery is { Length: > 0 } q ? "?" + q : "")}")];

    public int Writes => Calls().Count(c => !c.StartsWith("GET ", StringComparison.Ordinal));

    public IReadOnlyList<FakeScimUser> Users()
    {
        lock (_users)
        {
            return [.. _users];
        }
    }

    /// <summary>The next calls answer these statuses (500, 503, …) with the RFC's error body, one each.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _faults.Enqueue(status);
        }
    }

    public FakeScimUser AddUser(string userName, bool active = true)
    {
        lock (_users)
        {
            var user = new FakeScimUser(Guid.NewGuid().ToString("N"), userName, "Given", "Family", userName, active, 1, Clock.GetUtcNow());
            _users.Add(user);
            return user;
        }
    }

    /// <summary>Someone else changes the user (its version moves on): a PATCH with the old <c>If-Match</c> gets 412.</summary>
    public void ChangeBehindTheBotsBack(string userName, bool? active = null)
    {
        lock (_users)
        {
            var at = _users.FindIndex(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase));
            _users[at] = _users[at] with { Version = _users[at].Version + 1, Active = active ?? _users[at].Active };
        }
    }

    /// <summary>The next PATCH finds the user changed by someone else just before it (its version moved on): a stale If-Match gets 412.</summary>
    public bool ChangeBeforeNextPatch { get; set; }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private ResponseMessage List(IRequestMessage request)
    {
        if (Refusal(request) is { } refused)
        {
            return refused;
        }

        var filter = request.Query?.TryGetValue("filter", out var f) == true ? f.FirstOrDefault() : null;
        if (filter is null)
        {
            return Error(400, "invalidFilter", "this service lists users by filter only");
        }

        // userName eq "value": the attribute and the operator are case-insensitive (RFC 7644 §3.4.2.2), the value a JSON string.
        var parts = filter.Split(' ', 3);
        if (parts.Length != 3 || !parts[0].Equals("userName", StringComparison.OrdinalIgnoreCase) || !parts[1].Equals("eq", StringComparison.OrdinalIgnoreCase))
        {
            return Error(400, "invalidFilter", "only userName eq \"…\" is supported");
        }

        string? value;
        try
        {
            value = JsonSerializer.Deserialize<string>(parts[2]);
        }
        catch (JsonException)
        {
            return Error(400, "invalidFilter", "the filter's value is not a quoted string");
        }

        var matched = Users().Where(u => string.Equals(u.UserName, value, StringComparison.OrdinalIgnoreCase)).ToList(); // userName: caseExact false (RFC 7643 §4.1.1)
        var count = request.Query?.TryGetValue("count", out var c) == true && int.TryParse(c.FirstOrDefault(), CultureInfo.InvariantCulture, out var n) ? Math.Max(0, n) : 100;
        var page = matched.Take(count).ToList();
        return Json(200, new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:ListResponse"),
            ["totalResults"] = matched.Count,
            ["startIndex"] = 1,
            ["itemsPerPage"] = page.Count,
            ["Resources"] = new JsonArray([.. page.Select(u => (JsonNode)Body(u))]),
        });
    }

    private ResponseMessage Create(IRequestMessage request)
    {
        if (Refusal(request) is { } refused)
        {
            return refused;
        }

        var body = Parse(request.Body);
        if (body is null || !(body["schemas"] as JsonArray ?? []).Any(s => s?.GetValue<string>() == UserSchema))
        {
            return Error(400, "invalidSyntax", "the request is not a User resource");
        }

        if (body["userName"] is not JsonValue name || !name.TryGetValue<string>(out var userName) || string.IsNullOrWhiteSpace(userName))
        {
            return Error(400, "invalidValue", "userName is required");
        }

        lock (_users)
        {
            if (_users.Any(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase)))
            {
                return Error(409, "uniqueness", "One or more of the attribute values are already in use or are reserved.");
            }

            var user = new FakeScimUser(
                Guid.NewGuid().ToString("N"), userName, body["name"]?["givenName"]?.GetValue<string>(), body["name"]?["familyName"]?.GetValue<string>(),
                body["emails"]?[0]?["value"]?.GetValue<string>(), body["active"]?.GetValue<bool>() ?? true, 1, Clock.GetUtcNow());
            _users.Add(user);
            var answer = Resource(201, user);
            answer.Headers!["Location"] = new WireMockList<string>($"{_server.Url}{BasePath}/Users/{user.Id}");
            return answer;
        }
    }

    private ResponseMessage Patch(FakeScimUser user, IRequestMessage request)
    {
        if (ChangeBeforeNextPatch)
        {
            ChangeBeforeNextPatch = false;
            ChangeBehindTheBotsBack(user.UserName);
            user = Users().Single(u => u.Id == user.Id);
        }

        var ifMatch = request.Headers?.TryGetValue("If-Match", out var m) == true ? m.FirstOrDefault() : null;
        if (ifMatch is not null && ifMatch != Etag(user))
        {
            return Error(412, null, "Failed to update. Resource changed on the server.");
        }

        var body = Parse(request.Body);
        if (body is null || !(body["schemas"] as JsonArray ?? []).Any(s => s?.GetValue<string>() == PatchSchema) || body["Operations"] is not JsonArray operations || operations.Count == 0)
        {
            return Error(400, "invalidSyntax", "the request is not a PatchOp");
        }

        var active = user.Active;
        foreach (var operation in operations.OfType<JsonObject>())
        {
            var op = operation["op"]?.GetValue<string>();
            var path = operation["path"]?.GetValue<string>();
            if (!string.Equals(op, "replace", StringComparison.OrdinalIgnoreCase) && !string.Equals(op, "add", StringComparison.OrdinalIgnoreCase))
            {
                return Error(400, "invalidSyntax", "only replace and add are supported here");
            }

            if (string.Equals(path, "active", StringComparison.OrdinalIgnoreCase) && operation["value"] is JsonValue v && v.TryGetValue<bool>(out var to))
            {
                active = to;
            }
            else if (path is null && operation["value"]?["active"] is JsonValue w && w.TryGetValue<bool>(out var to2))
            {
                active = to2;
            }
            else
            {
                return Error(400, "invalidPath", "only active is changed here");
            }
        }

        lock (_users)
        {
            var at = _users.FindIndex(u => u.Id == user.Id);
            _users[at] = _users[at] with { Active = active, Version = _users[at].Version + 1 };
            return Resource(200, _users[at]);
        }
    }

    private ResponseMessage WithUser(IRequestMessage request, Func<FakeScimUser, IRequestMessage, ResponseMessage> then)
    {
        if (Refusal(request) is { } refused)
        {
            return refused;
        }

        var id = request.Path.Split('/')[^1];
        var user = Users().FirstOrDefault(u => u.Id == id);
        return user is null ? Error(404, null, $"Resource {id} not found") : then(user, request);
    }

    // The bearer, then an injected fault.
    private ResponseMessage? Refusal(IRequestMessage request)
    {
        var bearer = request.Headers?.TryGetValue("Authorization", out var auth) == true ? auth.FirstOrDefault() : null;
        if (bearer != "Bearer " + Token)
        {
            return Error(401, null, "Authorization failure. The authorization header is invalid or missing.");
        }

        return _faults.TryDequeue(out var status) ? Error(status, null, "injected fault") : null;
    }

    private void Route(string method, string pathRegex, Func<IRequestMessage, ResponseMessage> handler) =>
        _server.Given(Request.Create().WithPath(new RegexMatcher(pathRegex)).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(request => handler(request)));

    private static JsonObject? Parse(string? body)
    {
        try
        {
            return JsonNode.Parse(body ?? "") as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Etag(FakeScimUser user) => $"W/\"{user.Version}\"";

    private JsonObject Body(FakeScimUser user) => new()
    {
        ["schemas"] = new JsonArray(UserSchema),
        ["id"] = user.Id,
        ["userName"] = user.UserName,
        ["name"] = new JsonObject { ["givenName"] = user.GivenName, ["familyName"] = user.FamilyName },
        ["emails"] = new JsonArray(new JsonObject { ["value"] = user.Email, ["primary"] = true }),
        ["active"] = user.Active,
        ["meta"] = new JsonObject
        {
            ["resourceType"] = "User",
            ["created"] = user.Created.ToString("O", CultureInfo.InvariantCulture),
            ["lastModified"] = Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["location"] = $"{_server.Url}{BasePath}/Users/{user.Id}",
            ["version"] = Etag(user),
        },
    };

    private ResponseMessage Resource(int status, FakeScimUser user)
    {
        var answer = Json(status, Body(user));
        answer.Headers!["ETag"] = new WireMockList<string>(Etag(user));
        return answer;
    }

    // RFC 7644 §3.12: status is a string; scimType only where the RFC defines one.
    private static ResponseMessage Error(int status, string? scimType, string detail)
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:Error"),
            ["status"] = status.ToString(CultureInfo.InvariantCulture),
            ["detail"] = detail,
        };
        if (scimType is not null)
        {
            body["scimType"] = scimType;
        }

        return Json(status, body);
    }

    private static ResponseMessage Json(int status, JsonNode body) => new()
    {
        StatusCode = status,
        BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/scim+json") },
    };
}
