using MassTransit;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Messaging;

namespace SalesOpsAr.Worker.Noting;

/// <summary>
/// The notes queue: a few notes at a time (the notes budget paces them anyway, and a note waiting for its slot holds
/// its message unacknowledged), the same retries as the AR queue, then <c>_error</c>.
/// </summary>
internal sealed class NoteOwedConsumerDefinition : ConsumerDefinition<NoteOwedConsumer>
{
    public const string QueueName = "salesopsar-notes";

    private readonly TransportOptions _transport;

    public NoteOwedConsumerDefinition(IOptions<TransportOptions> transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport.Value;
        EndpointName = transport.Value.EntityPrefix + QueueName;
        ConcurrentMessageLimit = 4;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<NoteOwedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = 4;
        }

        ReceivePolicy.Apply(endpointConfigurator, _transport);
    }
}
