using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Notifying;

/// <summary>
/// One email per recipient per sweep (plain text and HTML) listing that recipient's ARs. Team nudges go to
/// the team addresses; a person's go to their own address when configured, else to the team addresses.
/// </summary>
internal sealed partial class EmailChannel(IOptions<NotificationOptions> options, IOptions<Configuration.WorkflowOptions> workflow, ILogger<EmailChannel> logger) : INudgeChannel
{
    public string Name => "email";

    public bool Enabled => options.Value.EmailEnabled;

    public async Task<IReadOnlySet<NudgeItem>> DeliverAsync(IReadOnlyList<NudgeItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var byAddress = items
            .SelectMany(item => Recipients(item).Select(address => (address, item)))
            .GroupBy(x => x.address, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.item).Distinct().ToList(), StringComparer.OrdinalIgnoreCase);
        var failed = new HashSet<NudgeItem>();
        if (byAddress.Count == 0)
        {
            return new HashSet<NudgeItem>();
        }

        var smtp = options.Value.Smtp;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
            if (smtp.Username.Length > 0)
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password, cancellationToken);
            }

            foreach (var (address, list) in byAddress)
            {
                try
                {
                    await client.SendAsync(Message(smtp.From, address, list), cancellationToken);
                }
                catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
                {
                    SendFailed(logger, address, e.Message);
                    failed.UnionWith(list);
                }
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException or SslHandshakeException)
        {
            Unreachable(logger, smtp.Host, smtp.Port, e.Message, items.Count);
            return new HashSet<NudgeItem>();
        }

        return items.Where(i => !failed.Contains(i)).ToHashSet();
    }

    private IEnumerable<string> Recipients(NudgeItem item)
    {
        var email = options.Value.Email;
        var team = email.Team.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        IEnumerable<string> Personal(IEnumerable<string> users) =>
            users.SelectMany(u => email.People.TryGetValue(u, out var address) ? [address] : team);

        var dris = workflow.Value.Dris.Where(d => d.Trim().Length > 0).Select(d => d.Trim().TrimStart('@'));
        return (item.Audience switch
        {
            NudgeAudience.TeamAndDris => team.Concat(Personal(dris)),
            NudgeAudience.Dris => Personal(dris),
            _ => Personal(item.People),
        }).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static MimeMessage Message(string from, string to, List<NudgeItem> items)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = items.Count == 1
            ? $"Sales Ops AR #{items[0].Iid} needs attention: {NudgeText.Heading(items[0].Flag, items[0].Escalation)}"
            : $"{items.Count} Sales Ops ARs need attention";
        message.Body = new BodyBuilder { TextBody = NudgeText.Plain(items), HtmlBody = NudgeText.Html(items) }.ToMessageBody();
        return message;
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Warning, Message = "Email to {Address} failed ({Error}); its nudges stay pending for the next sweep")]
    private static partial void SendFailed(ILogger logger, string address, string error);

    [LoggerMessage(EventId = 411, Level = LogLevel.Warning, Message = "SMTP server {Host}:{Port} unavailable ({Error}); {Count} nudge(s) stay pending for the next sweep")]
    private static partial void Unreachable(ILogger logger, string host, int port, string error, int count);
}
