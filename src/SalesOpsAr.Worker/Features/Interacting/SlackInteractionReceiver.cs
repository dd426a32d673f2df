using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Http;

namespace SalesOpsAr.Worker.Features.Interacting;

/// <summary>
/// <c>POST /slack/interactions</c>: Slack's button clicks. No signing secret configured: 404. Otherwise the raw body
/// (at most <see cref="MaxBodyBytes"/>) is verified before it is parsed (401 when not Slack's, or older than five
/// minutes), read (400 when malformed), and put on the AR events' queue; the answer is 200 at once, within Slack's
/// 3 seconds. A click that is not one of the bot's buttons is 200 and ignored.
/// </summary>
internal sealed partial class SlackInteractionReceiver(IOptions<SlackInteractivityOptions> options, TimeProvider clock, ILogger<SlackInteractionReceiver> logger)
{
    /// <summary>A click's payload carries the message it came from: tens of kilobytes at most; Slack sends nothing near this.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal) { "take", "snooze", "provision" };

    public async Task<IResult> HandleAsync(HttpContext http, IWorkQueue work)
    {
        var secret = options.Value.SigningSecret;
        if (secret.Length == 0)
        {
            return Results.NotFound();
        }

        var request = http.Request;
        if (await BodyReader.ReadAsync(request, MaxBodyBytes, http.RequestAborted) is not { } body)
        {
            http.Response.Headers.Connection = "close";
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"body is over {MaxBodyBytes} bytes");
        }

        if (SlackSignature.Problem(body.Span, request.Headers["X-Slack-Request-Timestamp"].FirstOrDefault(), request.Headers["X-Slack-Signature"].FirstOrDefault(), secret, clock.GetUtcNow()) is { } unsigned)
        {
            return Refuse(StatusCodes.Status401Unauthorized, unsigned);
        }

        if (Read(body.Span) is not { } click)
        {
            return Refuse(StatusCodes.Status400BadRequest, "not a form with a JSON payload of Slack's");
        }

        if (click.Action is null)
        {
            Ignored(logger);
            return Results.Ok();
        }

        await work.SendAsync(click.Action, http.RequestAborted);
        Queued(logger, click.Action.Action, click.Action.ProjectId, click.Action.Iid, click.Action.SlackUserId);
        return Results.Ok();
    }

    private sealed record Click(SlackActionOwed? Action);

    // payload=<url-encoded JSON>: type block_actions, user.id, actions[0].action_id and value "<project>#<iid>", response_url, trigger_id.
    private static Click? Read(ReadOnlySpan<byte> body)
    {
        string? payload = null;
        foreach (var pair in System.Text.Encoding.UTF8.GetString(body).Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == "payload")
            {
                payload = Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        if (payload is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (Text(root, "type") != "block_actions" || !root.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
            {
                return new Click(null);
            }

            var action = actions[0];
            var id = action.ValueKind == JsonValueKind.Object ? Text(action, "action_id") : null;
            var value = action.ValueKind == JsonValueKind.Object ? Text(action, "value") : null;
            var user = root.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object ? Text(u, "id") : null;
            var trigger = Text(root, "trigger_id") ?? Text(action, "action_ts");
            if (id is null || !Actions.Contains(id) || value is null || user is null || trigger is null || !TryAr(value, out var projectId, out var iid))
            {
                return new Click(null); // "open" (a link), or a button that is not the bot's
            }

            return new Click(new SlackActionOwed
            {
                ProjectId = projectId,
                Iid = iid,
                Action = id,
                SlackUserId = user.Length <= 32 ? user : user[..32],
                ResponseUrl = Text(root, "response_url"),
                InteractionId = trigger.Length <= 100 ? trigger : trigger[..100],
            });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "4242#101": the only thing a button's value carries.
    private static bool TryAr(string value, out long projectId, out long iid)
    {
        iid = 0;
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        return long.TryParse(value.AsSpan(0, Math.Max(hash, 0)), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out projectId)
            && long.TryParse(value.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out iid)
            && hash > 0 && projectId > 0 && iid > 0;
    }

    private IResult Refuse(int status, string reason)
    {
        Refused(logger, status, reason);
        return Results.Json(new { status = "refused", error = reason }, statusCode: status);
    }

    [LoggerMessage(EventId = 740, Level = LogLevel.Warning, Message = "Slack interaction refused ({Status}): {Reason}")]
    private static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 741, Level = LogLevel.Debug, Message = "Slack interaction ignored: not one of the bot's buttons")]
    private static partial void Ignored(ILogger logger);

    [LoggerMessage(EventId = 742, Level = LogLevel.Information, Message = "Slack click queued: {Action} on AR {ProjectId}#{Iid} by Slack user {SlackUser}")]
    private static partial void Queued(ILogger logger, string action, long projectId, long iid, string slackUser);
}
