using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Webhooks;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Http;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Reading;
using SalesOpsAr.Worker.Platform.Telemetry;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>
/// <c>POST /webhooks/gitlab</c>: authenticates, bounds and reads a delivery, drops what is not a Sales Ops AR
/// without any GitLab call, and answers 202 only once the broker has confirmed the message.
/// </summary>
internal sealed class WebhookReceiver(
    IOptions<GitLabOptions> gitLab,
    IOptions<ReceiverOptions> receiver,
    IArReader reader,
    ArRules rules,
    DeliveryDeduplicator deduplicator,
    SalesOpsArMetrics metrics,
    TimeProvider clock,
    ILogger<WebhookReceiver> logger)
{
    // How far past the limit Kestrel may read a chunked body before it cuts the connection: the chunks' framing.
    private const int ChunkFramingRoom = 64 * 1024;

    // Logged for what is refused before the body is read; a delivery without a key is named by its body's hash after.
    private const string NoKeyYet = "(no Idempotency-Key)";

    public async Task<IResult> HandleAsync(HttpContext http, ArChangedQueue queue)
    {
        var started = clock.GetTimestamp();
        var request = http.Request;
        var ct = http.RequestAborted;
        // GitLab's webhook-id is the same across retries of a delivery, like Idempotency-Key: the key when it comes.
        var deliveryId = DeliveryIds.FromKey(request.Headers["webhook-id"].FirstOrDefault() ?? request.Headers["Idempotency-Key"].FirstOrDefault()) ?? NoKeyYet;

        // The secret token is checked before the body is read; a signature needs the body, so it is checked once read.
        // With both configured, either proves a delivery (a team migrating from one to the other) unless both must.
        var secret = gitLab.Value.WebhookSecret;
        var signingKey = WebhookSignature.KeyOf(receiver.Value.SigningToken);
        var tokenProves = secret.Length > 0 && WebhookSecret.Matches(request.Headers["X-Gitlab-Token"].FirstOrDefault(), secret);
        var signatureNeeded = signingKey is not null && (!tokenProves || receiver.Value.Authentication == WebhookAuthentication.Both);
        if (secret.Length > 0 && !tokenProves && (signingKey is null || receiver.Value.Authentication == WebhookAuthentication.Both || !request.Headers.ContainsKey("webhook-signature")))
        {
            return Refuse(StatusCodes.Status401Unauthorized, "X-Gitlab-Token is missing or wrong", deliveryId);
        }

        // One rule, the one GitLab needs: it always sends application/json; nothing else (and no type at all) is a hook of its.
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json", deliveryId);
        }

        // A body of unknown length is read up to the limit and no further (BodyReader counts the bytes exactly): past
        // it the connection is closed rather than the rest drained. Kestrel's own limit is only the backstop, with
        // room for the chunks' framing, which it counts too (a chunked body some tens of bytes under the limit was
        // refused when the backstop was the limit + 1). A declared Content-Length over the limit is refused before
        // any read, and the client gets its 413 cleanly.
        if (request.ContentLength is null
            && http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = receiver.Value.MaxBodyBytes + ChunkFramingRoom;
        }

        ReadOnlyMemory<byte>? read;
        try
        {
            read = await BodyReader.ReadAsync(request, receiver.Value.MaxBodyBytes, ct);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException tooSlowOrBig)
        {
            // Kestrel's own limits: a body too slow (408) or too large for the server (413).
            var status = tooSlowOrBig.StatusCode;
            http.Response.Headers.Connection = "close";
            return Refuse(status, status switch
            {
                StatusCodes.Status408RequestTimeout => "the body arrived too slowly",
                StatusCodes.Status413PayloadTooLarge => "the body is too large",
                _ => "the body is not well-formed HTTP (" + tooSlowOrBig.Message + ")",
            }, deliveryId);
        }
        catch (IOException broken) when (!ct.IsCancellationRequested)
        {
            // Kestrel's framing errors in a chunked body (a chunk size that overflows) arrive as IOException: the
            // client's mistake, a 400, never a 500 (GitLab counts 5xx towards disabling the hook).
            http.Response.Headers.Connection = "close";
            return Refuse(StatusCodes.Status400BadRequest, "the body is not well-formed HTTP (" + broken.Message + ")", deliveryId);
        }

        if (read is not { } body)
        {
            if (request.ContentLength is null)
            {
                http.Response.Headers.Connection = "close";
            }

            return Refuse(StatusCodes.Status413PayloadTooLarge, $"body is over {receiver.Value.MaxBodyBytes} bytes", deliveryId);
        }

        if (signatureNeeded && WebhookSignature.Problem(
                body.Span, request.Headers["webhook-id"].FirstOrDefault(), request.Headers["webhook-timestamp"].FirstOrDefault(),
                request.Headers["webhook-signature"].FirstOrDefault(), signingKey!, clock.GetUtcNow()) is { } unsigned)
        {
            return Refuse(StatusCodes.Status401Unauthorized, unsigned, deliveryId);
        }

        if (body.Length == 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, "body is empty", deliveryId);
        }

        if (ReferenceEquals(deliveryId, NoKeyYet))
        {
            deliveryId = DeliveryIds.FromBody(body.Span);
        }

        var payload = WebhookPayloadReader.Read(body, request.Headers["X-Gitlab-Event"].FirstOrDefault());
        if (payload.Outcome == WebhookReadOutcome.Malformed)
        {
            return Refuse(StatusCodes.Status400BadRequest, payload.Reason!, deliveryId);
        }

        if (payload.Event is not { } e)
        {
            return Ignore(payload.Reason!, deliveryId);
        }

        if (IrrelevanceOf(e) is { } reason)
        {
            return Ignore(reason, deliveryId);
        }

        if (deduplicator.WasQueued(deliveryId))
        {
            ReceiverLog.Duplicate(logger, e.ProjectId, e.Iid, deliveryId);
            metrics.Webhook("duplicate");
            return Results.Ok(new { status = "duplicate", project = e.ProjectId, iid = e.Iid });
        }

        var header = request.Headers["X-Gitlab-Event-UUID"].FirstOrDefault();
        var eventUuid = DeliveryIds.EventUuid(header);
        if (header is not null && eventUuid is null)
        {
            ReceiverLog.EventUuidDropped(logger, deliveryId);
        }

        // Without a token the payload is all the reconciler will have to decide from.
        var message = ArInput.Message(e, rules, gitLab.Value.BotUsername, deliveryId, eventUuid, clock.GetUtcNow(), withIssue: !reader.ReadsLive);
        try
        {
            await queue.EnqueueAsync(message, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            ReceiverLog.NotQueued(logger, ex, e.ProjectId, e.Iid, deliveryId);
            metrics.Webhook("unavailable");
            return Results.Json(
                new { status = "unavailable", error = "the event could not be queued; GitLab's Resend will deliver it again" },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        deduplicator.MarkQueued(deliveryId);
        metrics.Webhook("queued");
        metrics.ReceiveToEnqueue(clock.GetElapsedTime(started));
        ReceiverLog.Queued(logger, e.ProjectId, e.Iid, e.Kind, e.Action, deliveryId);
        return Results.Json(new { status = "queued", project = e.ProjectId, iid = e.Iid }, statusCode: StatusCodes.Status202Accepted);
    }

    // Cheap checks only: nothing here may call GitLab.
    private string? IrrelevanceOf(WebhookEvent e)
    {
        var options = gitLab.Value;
        if (options.ProjectIdList.Count > 0 && !options.ProjectIdList.Contains(e.ProjectId))
        {
            return $"project {e.ProjectId} is not in GitLab:ProjectIds";
        }

        if (options.BotUsername.Length > 0 && string.Equals(e.Username, options.BotUsername, StringComparison.OrdinalIgnoreCase))
        {
            return "the bot's own event";
        }

        return rules.WhyIgnored(e.IsOpen, e.Action, e.Labels, e.PreviousLabels, e.Description);
    }

    private IResult Refuse(int status, string reason, string deliveryId)
    {
        ReceiverLog.Refused(logger, reason, deliveryId);
        metrics.Webhook("refused");
        return Results.Json(new { status = "refused", error = reason }, statusCode: status);
    }

    private IResult Ignore(string reason, string deliveryId)
    {
        ReceiverLog.Ignored(logger, reason, deliveryId);
        metrics.Webhook("ignored");
        return Results.Ok(new { status = "ignored", reason });
    }
}
