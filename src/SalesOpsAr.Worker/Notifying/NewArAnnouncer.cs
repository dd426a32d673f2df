using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using MimeKit;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Notifying;

/// <summary>
/// Tells the DRIs about a new AR on the configured channels, once, right after the bot's CC note.
/// Best effort: a failure is logged and not retried, since the CC mention already makes GitLab email them.
/// </summary>
internal sealed partial class NewArAnnouncer(
    IServiceScopeFactory scopes, IOptions<NotificationOptions> options, ILogger<NewArAnnouncer> logger)
{
    /// <summary>Starts the announcement and returns at once: a slow SMTP server or Slack never holds up the reconciler.</summary>
    public void Announce(ArSnapshot ar)
    {
        ArgumentNullException.ThrowIfNull(ar);
        if (!options.Value.SlackEnabled && !options.Value.EmailEnabled)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await using var scope = scopes.CreateAsyncScope();
                await AnnounceAsync(ar, scope.ServiceProvider.GetRequiredService<SlackChannel>(), scope.ServiceProvider.GetRequiredService<EmailChannel>(), timeout.Token);
            }
            catch (Exception e)
            {
                Failed(logger, e, ar.ProjectId, ar.Iid);
            }
        });
    }

    private async Task AnnounceAsync(ArSnapshot ar, SlackChannel slack, EmailChannel email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ar);
        var title = string.IsNullOrWhiteSpace(ar.Title) ? "(no title)" : ar.Title;
        if (options.Value.SlackEnabled)
        {
            await slack.PostAsync(
                string.Create(CultureInfo.InvariantCulture, $":new: New Sales Ops access request <{ar.WebUrl}|#{ar.Iid} {SlackChannel.Escape(title)}>; the provisioning DRIs are CC'd."),
                1, cancellationToken);
        }

        if (options.Value.EmailEnabled)
        {
            var messages = email.DriAddresses().Select(to =>
            {
                var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse(options.Value.Smtp.From));
                message.To.Add(MailboxAddress.Parse(to));
                message.Subject = string.Create(CultureInfo.InvariantCulture, $"New Sales Ops AR #{ar.Iid}: {title}");
                message.Body = new BodyBuilder
                {
                    TextBody = $"A new Sales Ops access request needs someone from the team:\n\n{title}\n{ar.WebUrl}\n",
                    HtmlBody = $"<p>A new Sales Ops access request needs someone from the team:</p><p><a href=\"{WebUtility.HtmlEncode(ar.WebUrl)}\">{WebUtility.HtmlEncode(title)}</a></p>",
                }.ToMessageBody();
                return message;
            }).ToList();
            await email.SendAsync(messages, 1, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 420, Level = LogLevel.Warning, Message = "Could not announce new AR {ProjectId}#{Iid} on Slack/email; the CC mention still reached the DRIs")]
    private static partial void Failed(ILogger logger, Exception exception, long projectId, long iid);
}
