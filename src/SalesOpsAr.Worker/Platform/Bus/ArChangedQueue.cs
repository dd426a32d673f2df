using MassTransit;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>
/// Puts <see cref="ArChanged"/> on the reconciler's durable queue. Sent to the queue, not published to an
/// exchange: sending declares the queue, so a confirmed message is held even when no reconciler has
/// started yet, where a publish would be dropped as unroutable. With quorum queues the sender cannot declare
/// the queue (a queue address has no queue type, and RabbitMQ refuses a classic declaration of a quorum
/// queue), so it sends to the queue's exchange instead. Either way the message is mandatory: if no queue
/// would hold it, the send fails and the receiver answers 503 rather than losing the event.
/// </summary>
internal sealed class ArChangedQueue(ISendEndpointProvider endpoints, IOptions<TransportOptions> transport)
{
    private readonly Uri _address = new(
        (transport.Value.QuorumQueues ? "exchange:" : "queue:") + transport.Value.EntityPrefix + WorkQueue.ArChanged.Name);

    private static readonly Action<SendContext<ArChanged>> Mandatory = context =>
    {
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
        {
            rabbit.Mandatory = true;
        }
    };

    /// <summary>Returns once the broker has confirmed the message; gives up after Transport:PublishTimeout.</summary>
    public async Task EnqueueAsync(ArChanged message, CancellationToken cancellationToken)
    {
        using var confirm = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        confirm.CancelAfter(transport.Value.PublishTimeout);
        var endpoint = await endpoints.GetSendEndpoint(_address);
        await endpoint.Send(message, Mandatory, confirm.Token);
    }
}
