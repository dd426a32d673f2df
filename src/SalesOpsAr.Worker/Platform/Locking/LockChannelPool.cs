using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using SalesOpsAr.Worker.Platform.Bus;

namespace SalesOpsAr.Worker.Platform.Locking;

/// <summary>
/// The lock's own RabbitMQ connection (opened on first use, opened again when it drops) and its idle channels: a lock
/// taken and given back costs no new channel.
/// </summary>
internal sealed class LockChannelPool(IOptions<TransportOptions> transport) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly ConcurrentBag<(IConnection Connection, IChannel Channel)> _idle = [];
    private IConnection? _connection;

    /// <summary>An open channel of the current connection from the pool, or a new one.</summary>
    public async Task<(IConnection Connection, IChannel Channel)> RentAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        while (_idle.TryTake(out var idle))
        {
            if (idle.Channel.IsOpen && ReferenceEquals(idle.Connection, connection))
            {
                return idle;
            }

            await idle.Channel.DisposeAsync();
        }

        return (connection, await connection.CreateChannelAsync(cancellationToken: cancellationToken));
    }

    /// <summary>Gives a channel that is still usable back for the next lock.</summary>
    public void Return(IConnection connection, IChannel channel) => _idle.Add((connection, channel));

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _connecting.Dispose();
    }

    private async Task<IConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true } open)
        {
            return open;
        }

        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true } again)
            {
                return again;
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }

            var factory = new ConnectionFactory { Uri = new Uri(transport.Value.RabbitMq.Uri), ClientProvidedName = "salesopsar-ar-locks" };
            _connection = await factory.CreateConnectionAsync(cancellationToken);
            return _connection;
        }
        finally
        {
            _connecting.Release();
        }
    }
}
