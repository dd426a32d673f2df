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
internal sealed class NewArAnnouncer(SlackChannel slack, EmailChannel email, IOptions<NotificationOptions> options)
{
    public async Task AnnounceAsync(ArSnapshot ar, CancellationToken cancellationToken)
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
}
