using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>
/// Sends a notice as one email per recipient (plain text and HTML), each listing only that recipient's items,
/// over one SMTP connection. The team inbox is <c>Notifications:Email:Team</c>; a person gets mail at
/// <c>Notifications:Email:People:&lt;username&gt;</c>, else at the team inbox.
/// </summary>
internal sealed partial class EmailChannel(IOptions<NotificationOptions> options, ILogger<EmailChannel> logger) : INoticeChannel
{
    public string Name => "email";

    public bool Enabled => options.Value.EmailEnabled;

    public async Task<NoticeReceipt> SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var recipients = notice.Items.Count == 0
            ? new Dictionary<NoticeItem, List<string>>()
            : notice.Items.Distinct().ToDictionary(i => i, i => Addresses(notice.AudienceOf(i)));
        var messages = notice.Items.Count == 0
            ? Addresses(notice.Audience).Select(to => Message(notice, to)).ToList()
            : recipients
                .SelectMany(kv => kv.Value.Select(address => (address, item: kv.Key)))
                .GroupBy(x => x.address, StringComparer.OrdinalIgnoreCase)
                .Select(g => Message(notice.Narrowed(notice.Items.Where(i => g.Any(x => x.item == i)).ToList()), g.Key))
                .ToList();
        if (messages.Count == 0)
        {
            return NoticeReceipt.Nothing; // no address to send to is not "sent"
        }

        var sentTo = await SendAsync(messages, notice.Kind, cancellationToken);
        var delivered = recipients.Where(kv => kv.Value.Count > 0 && kv.Value.All(sentTo.Contains)).Select(kv => kv.Key).ToHashSet();
        var complete = notice.Items.Count == 0 ? sentTo.Count == messages.Count : delivered.Count == notice.Items.Count;
        return new NoticeReceipt(complete, delivered);
    }

    private async Task<IReadOnlySet<string>> SendAsync(List<MimeMessage> messages, NoticeKind kind, CancellationToken cancellationToken)
    {
        var sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = 10_000 }; // a black-holed SMTP server must not hold a sweep for minutes
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
            if (smtp.Username.Length > 0 && client.Capabilities.HasFlag(SmtpCapabilities.Authentication))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password, cancellationToken);
            }

            foreach (var message in messages)
            {
                var to = message.To.Mailboxes.First().Address;
                try
                {
                    await client.SendAsync(message, cancellationToken);
                    sent.Add(to);
                }
                catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
                {
                    SendFailed(logger, kind, to, e.Message);
                }
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever SMTP does (refuse, time out, reject the login, break TLS), what was not sent stays pending.
            Unreachable(logger, kind, smtp.Host, smtp.Port, e.Message, messages.Count - sent.Count);
        }

        return sent;
    }

    private List<string> Addresses(Audience audience)
    {
        var email = options.Value.Email;
        var team = email.Team.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        return (audience.TeamInbox ? team : [])
            .Concat(audience.People.SelectMany(u => email.People.TryGetValue(u, out var own) && own.Trim().Length > 0 ? [own.Trim()] : team))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private MimeMessage Message(Notice notice, string to)
    {
        var message = new MimeMessage { Subject = notice.Subject };
        message.From.Add(MailboxAddress.Parse(options.Value.Smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Body = new BodyBuilder { TextBody = EmailText.Plain(notice), HtmlBody = EmailText.Html(notice) }.ToMessageBody();
        return message;
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Warning, Message = "Email ({Kind}) to {Address} failed ({Error}); it stays pending")]
    private static partial void SendFailed(ILogger logger, NoticeKind kind, string address, string error);

    [LoggerMessage(EventId = 411, Level = LogLevel.Warning, Message = "SMTP server {Host}:{Port} unavailable for the {Kind} email ({Error}); {Count} message(s) stay pending")]
    private static partial void Unreachable(ILogger logger, NoticeKind kind, string host, int port, string error, int count);
}
