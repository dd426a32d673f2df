using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SalesOpsAr.Simulation;

namespace SalesOpsAr.Demo;

/// <summary>
/// A small SMTP server on loopback that keeps every message the service sends, and hands a copy to MailDev when
/// MailDev listens on 127.0.0.1:1025 (so the mail can also be read at http://127.0.0.1:1080).
/// </summary>
internal sealed class SmtpSink : IDisposable
{
    private readonly LoopbackListener _server;
    private readonly List<MimeMessage> _messages = [];

    public SmtpSink(bool forwardToMailDev)
    {
        ForwardsToMailDev = forwardToMailDev;
        _server = new LoopbackListener(ServeAsync);
    }

    public int Port => _server.Port;

    public bool ForwardsToMailDev { get; }

    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public void Dispose() => _server.Dispose();

    private async Task ServeAsync(TcpClient client, CancellationToken stop)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 demo SMTP sink");
        try
        {
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-demo");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(stop) is { } body && body != ".")
                        {
                            data.Append(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body).Append("\r\n");
                        }

                        await KeepAsync(data.ToString());
                        await writer.WriteLineAsync("250 kept");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 ok"); // HELO, MAIL, RCPT, RSET, NOOP
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // the client went away, or the demo ends
        }
    }

    private async Task KeepAsync(string raw)
    {
        using var source = new MemoryStream(Encoding.UTF8.GetBytes(raw));
        var message = await MimeMessage.LoadAsync(source);
        lock (_messages)
        {
            _messages.Add(message);
        }

        if (ForwardsToMailDev)
        {
            try
            {
                using var smtp = new SmtpClient();
                await smtp.ConnectAsync("127.0.0.1", 1025, SecureSocketOptions.None);
                await smtp.SendAsync(message);
                await smtp.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SocketException or SmtpCommandException or SmtpProtocolException)
            {
                // MailDev went away: the demo still prints the mail
            }
        }
    }
}
