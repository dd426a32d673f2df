using System.Net.Sockets;
using System.Text;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// An SMTP server that never finishes its greeting: it trickles <c>220-</c> continuation lines, so a client's
/// read timeout never fires, and holds every session open until released. While a session is stalled, anyone
/// waiting on that email waits with it: a test can tell by ordering, not by a clock.
/// </summary>
public sealed class StallingSmtp : IDisposable
{
    private readonly LoopbackListener _server;
    private int _sessions;
    private int _ended;

    public StallingSmtp() => _server = new LoopbackListener(StallAsync);

    public int Port => _server.Port;

    /// <summary>Sessions open and stalled right now.</summary>
    public int Stalled => Volatile.Read(ref _sessions);

    /// <summary>Sessions the client gave up on (it hung up), noticed the moment it did.</summary>
    public int GivenUp => Volatile.Read(ref _ended);

    /// <summary>Releases every stalled session.</summary>
    public void Dispose() => _server.Dispose();

    private async Task StallAsync(TcpClient client, CancellationToken release)
    {
        Interlocked.Increment(ref _sessions);
        using (client)
        {
            var stream = client.GetStream();
            var hangUp = stream.ReadAsync(new byte[1024], release).AsTask(); // completes when the client closes
            try
            {
                while (!release.IsCancellationRequested)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes("220-still starting\r\n"), release);
                    if (await Task.WhenAny(hangUp, Task.Delay(500, release)) == hangUp)
                    {
                        Interlocked.Increment(ref _ended);
                        return;
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // released by the test, or the client hung up mid-write
                if (!release.IsCancellationRequested)
                {
                    Interlocked.Increment(ref _ended);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _sessions);
            }
        }
    }
}
