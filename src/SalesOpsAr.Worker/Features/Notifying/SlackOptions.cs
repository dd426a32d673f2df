namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>The <c>Notifications:Slack</c> section.</summary>
public sealed class SlackOptions
{
    /// <summary>The team channel's incoming-webhook URL; empty ⇒ Slack off. A secret: never logged.</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>The Slack app's signing secret (#25): set, the messages carry buttons (Take it, Snooze, Open, Provision).</summary>
    public string SigningSecret { get; set; } = "";
}
