namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>The <c>Notifications:Slack</c> section.</summary>
public sealed class SlackOptions
{
    /// <summary>The team channel's incoming-webhook URL; empty ⇒ Slack off. A secret: never logged.</summary>
    public string WebhookUrl { get; set; } = "";
}
