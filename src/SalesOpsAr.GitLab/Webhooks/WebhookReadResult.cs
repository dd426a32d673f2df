namespace SalesOpsAr.GitLab.Webhooks;

/// <summary>The result of reading a webhook body: an event, or why there is none.</summary>
public sealed record WebhookReadResult(WebhookReadOutcome Outcome, WebhookEvent? Event, string? Reason)
{
    public static WebhookReadResult Of(WebhookEvent e) => new(WebhookReadOutcome.Event, e, null);

    public static WebhookReadResult Ignored(string reason) => new(WebhookReadOutcome.Ignored, null, reason);

    public static WebhookReadResult Malformed(string reason) => new(WebhookReadOutcome.Malformed, null, reason);
}
