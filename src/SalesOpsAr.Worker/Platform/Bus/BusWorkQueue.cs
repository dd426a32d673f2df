using MassTransit;
using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>
/// Puts a job on its durable queue, confirmed by the broker before the message that owed it is acknowledged, so a
/// restart loses no job. Sent to the queue (with quorum queues, to its exchange: a queue address cannot say its type).
/// </summary>
internal sealed class BusWorkQueue(ISendEndpointProvider endpoints, WorkRoutes routes, IOptions<TransportOptions> transport, IServiceProvider services) : IWorkQueue
{
    public async Task SendAsync<TMessage>(TMessage message, CancellationToken cancellationToken)
        where TMessage : class
    {
        var queue = routes.QueueOf(typeof(TMessage));
        if (queue.IsInProcess)
        {
            await services.GetRequiredService<IWorkHandler<TMessage>>().HandleAsync(message, retried: false, cancellationToken);
            return;
        }

        var endpoint = await endpoints.GetSendEndpoint(Address(queue, transport.Value));
        await endpoint.Send(message, cancellationToken);
    }

    /// <summary>The address a message for <paramref name="queue"/> is sent to.</summary>
    public static Uri Address(WorkQueue queue, TransportOptions transport) =>
        new((transport.QuorumQueues ? "exchange:" : "queue:") + transport.EntityPrefix + queue.Name);
}
