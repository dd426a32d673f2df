using MassTransit;
using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>
/// A job's consumer on its queue: the queue's concurrency and prefetch, then <see cref="ReceivePolicy"/> (a few
/// in-process retries with backoff, then the <c>_error</c> queue). Jobs of several kinds on one queue share its endpoint.
/// </summary>
internal sealed class WorkConsumerDefinition<TMessage> : ConsumerDefinition<WorkConsumer<TMessage>>
    where TMessage : class
{
    private readonly TransportOptions _transport;
    private readonly WorkQueue _queue;

    public WorkConsumerDefinition(IOptions<TransportOptions> transport, WorkRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(routes);
        _transport = transport.Value;
        _queue = routes.QueueOf(typeof(TMessage));
        EndpointName = _transport.EntityPrefix + _queue.Name;
        ConcurrentMessageLimit = _queue.ConcurrentMessageLimit ?? _transport.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<WorkConsumer<TMessage>> consumerConfigurator,
        IRegistrationContext context)
    {
        if (_queue.PrefetchCount is { } prefetch && endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = prefetch;
        }

        ReceivePolicy.Apply(endpointConfigurator, _transport);
    }
}
