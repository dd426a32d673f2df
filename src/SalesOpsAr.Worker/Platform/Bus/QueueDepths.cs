using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>
/// How many messages wait in the bus's work and error queues (RabbitMQ's passive declare: one short connection, a
/// call per queue), read once per sweep for the status page. Nothing on the in-memory transport; null for a queue
/// the broker does not have (yet) or could not tell.
/// </summary>
internal sealed class QueueDepths(IOptions<TransportOptions> transport)
{
    private static readonly string[] Queues = [.. WorkQueue.All.SelectMany(q => new[] { q.Name, q.Name + "_error" })];

    public async Task<IReadOnlyDictionary<string, long?>> ReadAsync(CancellationToken cancellationToken)
    {
        var options = transport.Value;
        var depths = new Dictionary<string, long?>();
        if (options.Kind != TransportKind.RabbitMq)
        {
            return depths;
        }

        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(options.RabbitMq.Uri), ClientProvidedName = "salesopsar-status", RequestedConnectionTimeout = TimeSpan.FromSeconds(5) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            foreach (var queue in Queues)
            {
                await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
                try
                {
                    depths[queue] = (await channel.QueueDeclarePassiveAsync(options.EntityPrefix + queue, cancellationToken)).MessageCount;
                }
                catch (OperationInterruptedException)
                {
                    depths[queue] = null; // not declared yet (no consumer has started) or refused
                }
            }
        }
        catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException or IOException or TimeoutException)
        {
            foreach (var queue in Queues)
            {
                depths.TryAdd(queue, null);
            }
        }

        return depths;
    }
}
