using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Reconciling;

/// <summary>
/// One AR at a time across processes: a RabbitMQ exclusive queue named after the AR is the mutex. The broker
/// lets only one connection own it (another gets 405 RESOURCE_LOCKED and waits), and deletes it by itself if
/// the owner's connection dies, so a killed worker never leaves an AR locked. Used on the RabbitMQ transport,
/// after the in-process <see cref="KeyedLock{TKey}"/>.
/// </summary>
internal sealed partial class BrokerArLock(IOptions<TransportOptions> transport, TimeProvider clock, ILogger<BrokerArLock> logger) : IAsyncDisposable
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private IConnection? _connection;

    public bool Enabled => transport.Value.Kind == TransportKind.RabbitMq;

    public async Task<IAsyncDisposable> AcquireAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return NoLock.Instance;
        }

        var name = $"{transport.Value.EntityPrefix}salesopsar-lock-{projectId}-{iid}";
        var started = clock.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var connection = await ConnectionAsync(cancellationToken);
            var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            try
            {
                await channel.QueueDeclareAsync(name, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
                return new Lease(channel, name);
            }
            catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 405)
            {
                await channel.DisposeAsync();
                if (clock.GetElapsedTime(started) > GiveUpAfter)
                {
                    throw new TimeoutException($"AR {projectId}#{iid} stayed locked by another worker for {GiveUpAfter.TotalSeconds:0} s");
                }

                if (attempt == 1)
                {
                    Waiting(logger, projectId, iid);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(25 * attempt, 250)), clock, cancellationToken);
            }
            catch
            {
                await channel.DisposeAsync();
                throw;
            }
        }
    }

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

    [LoggerMessage(EventId = 210, Level = LogLevel.Debug, Message = "AR {ProjectId}#{Iid} is being reconciled by another worker; waiting")]
    private static partial void Waiting(ILogger logger, long projectId, long iid);

    private sealed class Lease(IChannel channel, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await channel.QueueDeleteAsync(name);
            }
            catch (Exception e) when (e is OperationInterruptedException or AlreadyClosedException)
            {
                // Closing the channel below releases it anyway.
            }

            await channel.DisposeAsync();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static NoLock Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
