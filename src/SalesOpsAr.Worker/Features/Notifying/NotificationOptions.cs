using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>The <c>Notifications</c> section: which channels nudges go out on.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Nudge notes on the AR itself (mentions make GitLab email the people too).</summary>
    public bool GitLabNotes { get; set; } = true;

    public SlackOptions Slack { get; set; } = new();

    [ValidateObjectMembers]
    public SmtpOptions Smtp { get; set; } = new();

    public EmailOptions Email { get; set; } = new();

    public bool SlackEnabled => !string.IsNullOrWhiteSpace(Slack.WebhookUrl);

    public bool EmailEnabled => !string.IsNullOrWhiteSpace(Smtp.Host);
}
