using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Locking;

/// <summary>
/// One AR at a time across processes. Every AR maps to one of <see cref="Stripes"/> standing lock queues, and
/// holding the lock is being that queue's exclusive consumer: the broker lets only one consumer in (another
/// gets 403 ACCESS_REFUSED and waits), and drops the consumer by itself when the holder's connection dies, so
/// a killed worker never leaves an AR locked. Used on the RabbitMQ transport, after the in-process
/// <see cref="KeyedLock{TKey}"/> (which serialises one AR's events inside the process).
/// </summary>
/// <remarks>
/// A consumer on a queue that already exists costs the broker about 0.1 ms of CPU; declaring and deleting a
/// queue per AR cost it 1.5 ms and capped a node at about a thousand locks a second (docs/benchmarks.md).
/// Inside one process the stripe is shared: ARs that hash to the same stripe do not wait for each other,
/// only for another process. Every process must use the same <see cref="Stripes"/> and the same hash.
/// </remarks>
internal sealed partial class BrokerArLock(IOptions<TransportOptions> transport, TimeProvider clock, ILogger<BrokerArLock> logger) : IAsyncDisposable
{
    /// <summary>How many lock queues; fixed, because all workers must map an AR to the same one.</summary>
    public const int Stripes = 1024;

    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    // A lock queue nobody has used for an hour is deleted by the broker and declared again when needed.
    private static readonly Dictionary<string, object?> LockQueueArguments = new()
    {
        ["x-queue-type"] = "classic",
        ["x-expires"] = (int)TimeSpan.FromHours(1).TotalMilliseconds,
    };

    private readonly Lock _gate = new();
    private readonly Dictionary<int, LockStripe> _stripes = [];
    private readonly LockChannelPool _channels = new(transport);

    private int _refusals;

    public bool Enabled => transport.Value.Kind == TransportKind.RabbitMq;

    /// <summary>Attempts the broker refused because another worker held the stripe: this process is waiting for it.</summary>
    public int Refusals => Volatile.Read(ref _refusals);

    /// <summary>The stripe an AR belongs to: the same in every process (no per-process hash seed).</summary>
    public static int StripeOf(long projectId, long iid) =>
        (int)((((ulong)projectId * 0x9E3779B97F4A7C15UL) + (ulong)iid) % Stripes);

    /// <summary>The lock queue of a stripe, under an entity prefix.</summary>
    public static string QueueName(string entityPrefix, int stripe) => $"{entityPrefix}salesopsar-ar-lock-{stripe}";

    public string QueueName(int stripe) => QueueName(transport.Value.EntityPrefix, stripe);

    public async Task<IAsyncDisposable> AcquireAsync(long projectId, long iid, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return NoLock.Instance;
        }

        var number = StripeOf(projectId, iid);
        LockStripe stripe;
        Task? previous = null;
        lock (_gate)
        {
            if (_stripes.TryGetValue(number, out var current) && current.Released is null)
            {
                stripe = current;
                stripe.Holders++;
            }
            else
            {
                // A stripe still being released is taken again only after its consumer is gone.
                previous = current?.Released?.Task ?? Task.CompletedTask;
                stripe = new LockStripe(number);
                _stripes[number] = stripe;
            }
        }

        if (previous is not null)
        {
            try
            {
                await previous;
                await HoldAsync(stripe, projectId, iid, cancellationToken);
                stripe.Holding.SetResult();
            }
            catch (Exception e)
            {
                stripe.Holding.SetException(e);
            }
        }

        try
        {
            await stripe.Holding.Task;
        }
        catch
        {
            await ReleaseAsync(stripe);
            throw;
        }

        return new LockLease(this, stripe);
    }

    public ValueTask DisposeAsync() => _channels.DisposeAsync();

    private async Task HoldAsync(LockStripe stripe, long projectId, long iid, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var (connection, channel) = await _channels.RentAsync(cancellationToken);
            try
            {
                stripe.ConsumerTag = await channel.BasicConsumeAsync(
                    QueueName(stripe.Number), autoAck: false, consumerTag: "", noLocal: false, exclusive: true, arguments: null,
                    new AsyncDefaultBasicConsumer(channel), cancellationToken);
                stripe.Connection = connection;
                stripe.Channel = channel;
                return;
            }
            catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.NotFound)
            {
                // The lock queue does not exist yet, or expired unused: declare it and try again at once.
                await channel.DisposeAsync();
                await DeclareAsync(stripe.Number, cancellationToken);
            }
            catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.AccessRefused)
            {
                // Another worker holds the stripe. The refusal closed this channel.
                Interlocked.Increment(ref _refusals);
                await channel.DisposeAsync();
                if (clock.GetElapsedTime(started) > GiveUpAfter)
                {
                    throw new TimeoutException($"AR {projectId}#{iid} stayed locked by another worker for {GiveUpAfter.TotalSeconds:0} s");
                }

                if (attempt == 1)
                {
                    Waiting(logger, projectId, iid);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10 * attempt, 250)), clock, cancellationToken);
            }
            catch
            {
                await channel.DisposeAsync();
                throw;
            }
        }
    }

    internal async Task ReleaseAsync(LockStripe stripe)
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            if (--stripe.Holders > 0)
            {
                return;
            }

            released = stripe.Released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        try
        {
            if (stripe.Channel is { } channel)
            {
                await CancelAsync(stripe.Connection!, channel, stripe.ConsumerTag!);
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_stripes.TryGetValue(stripe.Number, out var current) && current == stripe)
                {
                    _stripes.Remove(stripe.Number);
                }
            }

            released.SetResult();
        }
    }

    private async Task CancelAsync(IConnection connection, IChannel channel, string consumerTag)
    {
        try
        {
            await channel.BasicCancelAsync(consumerTag);
            _channels.Return(connection, channel);
        }
        catch (Exception e) when (e is OperationInterruptedException or AlreadyClosedException or ObjectDisposedException)
        {
            // A closed channel has no consumers left: the lock is free either way.
            await channel.DisposeAsync();
        }
    }

    private async Task DeclareAsync(int stripe, CancellationToken cancellationToken)
    {
        var (connection, channel) = await _channels.RentAsync(cancellationToken);
        try
        {
            await channel.QueueDeclareAsync(QueueName(stripe), durable: true, exclusive: false, autoDelete: false, LockQueueArguments, cancellationToken: cancellationToken);
            _channels.Return(connection, channel);
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    [LoggerMessage(EventId = 210, Level = LogLevel.Debug, Message = "AR {ProjectId}#{Iid} is being reconciled by another worker; waiting")]
    private static partial void Waiting(ILogger logger, long projectId, long iid);
}
