using System.Net.Sockets;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// An SMTP server that can fail on cue: while down it accepts and hangs up at once (a refused session); while
/// up it relays every byte to the real SMTP sink (MailDev). Faults of a real TCP peer, not of a mock.
/// </summary>
public sealed class SmtpRelay : IDisposable
{
    private readonly LoopbackListener _server;
    private volatile bool _up;

    public SmtpRelay() => _server = new LoopbackListener((client, _) => _up ? RelayAsync(client) : Task.Run(client.Dispose, CancellationToken.None));

    public int Port => _server.Port;

    public bool Up
    {
        get => _up;
        set => _up = value;
    }

    public void Dispose() => _server.Dispose();

    private static async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var sink = new TcpClient())
        {
            var (host, port) = MailDev.Smtp;
            await sink.ConnectAsync(host, port);
            var a = client.GetStream().CopyToAsync(sink.GetStream());
            var b = sink.GetStream().CopyToAsync(client.GetStream());
            await Task.WhenAny(a, b);
        }
    }
}
