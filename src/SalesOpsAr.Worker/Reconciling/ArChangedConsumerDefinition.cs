using MassTransit;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Messaging;

namespace SalesOpsAr.Worker.Reconciling;

/// <summary>
/// The reconciler's queue: bounded concurrency, a few in-process retries with backoff (the broker has no
/// delayed redelivery), then the <c>_error</c> queue with the exception attached.
/// </summary>
internal sealed class ArChangedConsumerDefinition : ConsumerDefinition<ArChangedConsumer>
{
    public const string QueueName = "salesopsar-ar-changed";

    private readonly TransportOptions _transport;

    public ArChangedConsumerDefinition(IOptions<TransportOptions> transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport.Value;
        EndpointName = transport.Value.EntityPrefix + QueueName;
        ConcurrentMessageLimit = transport.Value.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ArChangedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        ReceivePolicy.Apply(endpointConfigurator, _transport);
}
