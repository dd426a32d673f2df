using RabbitMQ.Client;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// A private corner of the real RabbitMQ broker: a unique entity prefix, and the exchanges and queues
/// under it deleted afterwards. Fails (never skips) when the broker is not there.
/// </summary>
public sealed class BrokerScope : IAsyncDisposable
{
    private static readonly string[] Entities =
    [
        "salesopsar-ar-changed", "salesopsar-ar-changed_error", "salesopsar-ar-changed_skipped",
        "SalesOpsAr.Worker.Contracts:ArChanged",
        "salesopsar-notes", "salesopsar-notes_error", "salesopsar-notes_skipped",
        "SalesOpsAr.Worker.Contracts:PlanNoteOwed", "SalesOpsAr.Worker.Contracts:RunbookOwed",
        "SalesOpsAr.Worker.Contracts:RunbookProgressOwed", "SalesOpsAr.Worker.Contracts:NewArAnnouncement",
    ];

    private BrokerScope(string prefix) => Prefix = prefix;

    public string Prefix { get; }

    public string Uri { get; } = TestServices.RabbitMqUri;

    public static async Task<BrokerScope> CreateAsync()
    {
        try
        {
            await using var connection = await Factory().CreateConnectionAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"RabbitMQ is not reachable at {Redacted(TestServices.RabbitMqUri)}. Run the tests with ./tests/run.sh, which starts it.", e);
        }

        return new BrokerScope($"t{Guid.NewGuid():N}"[..13] + "-");
    }

    /// <summary>Messages waiting in one of this scope's queues; null when the queue does not exist (a renamed queue is not "empty").</summary>
    public async Task<uint?> MessageCountAsync(string queue)
    {
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return await channel.MessageCountAsync(Prefix + queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>Empties one of this scope's queues; returns how many messages it held.</summary>
    public async Task<uint> PurgeAsync(string queue)
    {
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await channel.QueuePurgeAsync(Prefix + queue);
    }

    /// <summary>The headers of the first message waiting in one of this scope's queues, or null.</summary>
    public async Task<IDictionary<string, object?>?> PeekHeadersAsync(string queue)
    {
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var message = await channel.BasicGetAsync(Prefix + queue, autoAck: false);
        if (message is null)
        {
            return null;
        }

        await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true);
        return message.BasicProperties.Headers;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var connection = await Factory().CreateConnectionAsync();
            foreach (var name in Entities)
            {
                await using var channel = await connection.CreateChannelAsync();
                await TryAsync(() => channel.QueueDeleteAsync(Prefix + name));
                await TryAsync(() => channel.ExchangeDeleteAsync(Prefix + name));
            }

            // The AR lock queues this scope may have declared: deletes pipelined without waiting for answers.
            await using var locks = await connection.CreateChannelAsync();
            for (var stripe = 0; stripe < global::SalesOpsAr.Worker.Platform.Locking.BrokerArLock.Stripes; stripe++)
            {
                await locks.QueueDeleteAsync(global::SalesOpsAr.Worker.Platform.Locking.BrokerArLock.QueueName(Prefix, stripe), ifUnused: false, ifEmpty: false, noWait: true);
            }

            await TryAsync(() => locks.QueueDeleteAsync(global::SalesOpsAr.Worker.Platform.Locking.BrokerArLock.QueueName(Prefix, 0))); // waits for the ones before it
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException)
        {
            // The broker went away (a fault test stopped it); nothing left to clean.
        }
    }

    private static async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // Not there: fine.
        }
    }

    private static ConnectionFactory Factory() => new() { Uri = new Uri(TestServices.RabbitMqUri) };

    private static string Redacted(string uri) => new UriBuilder(uri) { Password = "***" }.Uri.ToString();
}
