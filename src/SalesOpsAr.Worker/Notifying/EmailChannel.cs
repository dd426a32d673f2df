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
        var recipients = items.Distinct().ToDictionary(i => i, i => Recipients(i).ToList());
        var byAddress = recipients
            .SelectMany(kv => kv.Value.Select(address => (address, item: kv.Key)))
            .GroupBy(x => x.address, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.item).Distinct().ToList(), StringComparer.OrdinalIgnoreCase);
        var messages = byAddress.Select(kv => Message(options.Value.Smtp.From, kv.Key, kv.Value)).ToList();
        var sentTo = await SendAsync(messages, items.Count, cancellationToken);
        return items.Where(i => recipients[i].All(sentTo.Contains)).ToHashSet();
    }

    /// <summary>Sends over one SMTP connection; returns the addresses whose message went out (failures logged).</summary>
    public async Task<IReadOnlySet<string>> SendAsync(IReadOnlyList<MimeMessage> messages, int nudges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (messages.Count == 0)
        {
            return sent;
        }

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
                    SendFailed(logger, to, e.Message);
                }
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever SMTP does (refuse, time out, reject the login, break TLS), the nudges stay pending.
            Unreachable(logger, smtp.Host, smtp.Port, e.Message, nudges);
        }

        return sent;
    }

    /// <summary>The DRIs' addresses: their own when configured, else the team addresses.</summary>
    public IReadOnlyList<string> DriAddresses() => Personal(DriNames()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private IEnumerable<string> Recipients(NudgeItem item) => (item.Audience switch
    {
        NudgeAudience.TeamAndDris => Team().Concat(Personal(DriNames())),
        NudgeAudience.Dris => Personal(DriNames()),
        _ => Personal(item.People),
    }).Distinct(StringComparer.OrdinalIgnoreCase);

    private List<string> Team() => options.Value.Email.Team.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();

    private IEnumerable<string> Personal(IEnumerable<string> users) =>
        users.SelectMany(u => options.Value.Email.People.TryGetValue(u, out var address) ? [address] : Team());

    private List<string> DriNames() => Configuration.WorkflowOptions.Usernames(workflow.Value.Dris);

    internal static MimeMessage Message(string from, string to, List<NudgeItem> items)
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
