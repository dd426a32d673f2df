using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SalesOpsAr.Simulation;

/// <summary>A Slack incoming webhook faked with WireMock.Net: answers "ok" (or a failure) and keeps what it got.</summary>
public sealed class FakeSlack : IDisposable
{
    private const string Path = "/services/T000/B000/XXXXXXXX";
    private const string ResponsePath = "/actions/T000/1234567890/response";
    private readonly WireMockServer _server = LoopbackWireMock.Start();

    public FakeSlack() => Answer(200);

    public string WebhookUrl => _server.Url + Path;

    /// <summary>The <c>text</c> of every message received, successful or not.</summary>
    public IReadOnlyList<string> Messages => _server.LogEntries
        .Where(e => e.RequestMessage.Path == Path)
        .Select(e => JsonNode.Parse(e.RequestMessage.Body ?? "{}")?["text"]?.GetValue<string>() ?? "")
        .ToList();

    /// <summary>Every message received, whole (its <c>text</c> and its <c>blocks</c>).</summary>
    public IReadOnlyList<JsonNode> Bodies => _server.LogEntries
        .Where(e => e.RequestMessage.Path == Path)
        .Select(e => JsonNode.Parse(e.RequestMessage.Body ?? "{}")!)
        .ToList();

    /// <summary>
    /// A click's <c>response_url</c>, as Slack hands one out (here on loopback): what is posted to it is kept in
    /// <see cref="Responses"/>, and answered as Slack does (200 "ok"; a body that is not JSON: 400 "invalid_payload").
    /// </summary>
    public string ResponseUrl => _server.Url + ResponsePath;

    /// <summary>What the service posted to the <c>response_url</c>, in order.</summary>
    public IReadOnlyList<JsonNode> Responses => _server.LogEntries
        .Where(e => e.RequestMessage.Path == ResponsePath)
        .Select(e => JsonNode.Parse(e.RequestMessage.Body ?? "{}")!)
        .ToList();

    /// <summary>The Slack app's bot token, as <c>users.info</c> takes it.</summary>
    public const string BotToken = "xoxb-fake-bot-token-0123456789";

    /// <summary>Slack's Web API base address (<c>users.info</c> hangs from it).</summary>
    public string ApiUrl => _server.Url + "/api/";

    /// <summary>The workspace's people: Slack user id → their profile's e-mail address.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Emails { get; } = new(StringComparer.Ordinal);

    /// <summary>Calls to <c>users.info</c>.</summary>
    public int UserLookups => _server.LogEntries.Count(e => e.RequestMessage.Path == "/api/users.info");

    /// <summary>From now on, answer with this status (Slack answers 200 "ok" when all is well).</summary>
    public void Answer(int status)
    {
        _server.ResetMappings();
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithBody(status == 200 ? "ok" : "internal_error"));
        // users.info as Slack answers it: HTTP 200 always, {"ok": false, "error": …} for a refusal.
        _server.Given(Request.Create().WithPath("/api/users.info").UsingGet())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var auth = request.Headers?.TryGetValue("Authorization", out var a) == true ? a.FirstOrDefault() : null;
                var id = request.Query?.TryGetValue("user", out var u) == true ? u.FirstOrDefault() : null;
                JsonObject answer = auth != "Bearer " + BotToken ? new JsonObject { ["ok"] = false, ["error"] = "not_authed" }
                    : id is null || !Emails.TryGetValue(id, out var email) ? new JsonObject { ["ok"] = false, ["error"] = "user_not_found" }
                    : new JsonObject { ["ok"] = true, ["user"] = new JsonObject { ["id"] = id, ["name"] = id.ToLowerInvariant(), ["deleted"] = false, ["profile"] = new JsonObject { ["email"] = email, ["real_name"] = id } } };
                return new WireMock.ResponseMessage
                {
                    StatusCode = 200,
                    BodyData = new WireMock.Util.BodyData { BodyAsString = answer.ToJsonString(), DetectedBodyType = WireMock.Types.BodyType.String },
                    Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json; charset=utf-8") },
                };
            }));
        _server.Given(Request.Create().WithPath(ResponsePath).UsingPost())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var isJson = request.Body is { } b && b.TrimStart().StartsWith('{');
                return new WireMock.ResponseMessage
                {
                    StatusCode = isJson ? 200 : 400,
                    BodyData = new WireMock.Util.BodyData { BodyAsString = isJson ? "ok" : "invalid_payload", DetectedBodyType = WireMock.Types.BodyType.String },
                };
            }));
    }

    /// <summary>
    /// A <c>block_actions</c> click as Slack posts it to the app's Request URL: form-encoded <c>payload</c>, signed with
    /// <paramref name="signingSecret"/> at <paramref name="at"/> (<c>X-Slack-Request-Timestamp</c>, <c>X-Slack-Signature</c>).
    /// </summary>
    public HttpRequestMessage Click(Uri requestUrl, string signingSecret, DateTimeOffset at, string userId, string action, string value, string? triggerId = null)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = userId.ToLowerInvariant(), ["team_id"] = "T000" },
            ["api_app_id"] = "A000",
            ["trigger_id"] = triggerId ?? Guid.NewGuid().ToString("N"),
            ["response_url"] = ResponseUrl,
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000100", ["channel_id"] = "C000" },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = action,
                ["block_id"] = "ar",
                ["value"] = value,
                ["action_ts"] = "1700000001.000200",
            }),
        };
        var body = "payload=" + Uri.EscapeDataString(payload.ToJsonString());
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, requestUrl) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Signature(bytes, timestamp, signingSecret));
        return request;
    }

    /// <summary>Slack's v0 signature of a body.</summary>
    public static string Signature(byte[] body, string timestamp, string secret)
    {
        var signed = System.Text.Encoding.ASCII.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), signed));
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
