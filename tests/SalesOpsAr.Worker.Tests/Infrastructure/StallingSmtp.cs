using System.Net;
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
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _release = new();
    private int _sessions;
    private int _ended;

    public StallingSmtp()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Sessions open and stalled right now.</summary>
    public int Stalled => Volatile.Read(ref _sessions);

    /// <summary>Sessions the client gave up on (it hung up), noticed the moment it did.</summary>
    public int GivenUp => Volatile.Read(ref _ended);

    public void Dispose()
    {
        _release.Cancel();
        _listener.Stop();
        _release.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_release.IsCancellationRequested)
        {
            try
            {
                var client = await _listener.AcceptTcpClientAsync(_release.Token);
                _ = StallAsync(client);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
        }
    }

    private async Task StallAsync(TcpClient client)
    {
        Interlocked.Increment(ref _sessions);
        using (client)
        {
            var stream = client.GetStream();
            var hangUp = stream.ReadAsync(new byte[1024], _release.Token).AsTask(); // completes when the client closes
            try
            {
                while (!_release.IsCancellationRequested)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes("220-still starting\r\n"), _release.Token);
                    if (await Task.WhenAny(hangUp, Task.Delay(500, _release.Token)) == hangUp)
                    {
                        Interlocked.Increment(ref _ended);
                        return;
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // released by the test, or the client hung up mid-write
                if (!_release.IsCancellationRequested)
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
