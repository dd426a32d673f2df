using MassTransit;
using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab.Api;
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
        IRegistrationContext context)
    {
        if (_transport.QuorumQueues && endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }

        endpointConfigurator.UseMessageRetry(retry =>
        {
            // A refused token will not heal by retrying: straight to the error queue.
            retry.Ignore<GitLabApiException>(e => e.IsAuthenticationFailure);
            var first = _transport.RetryInterval;
            var max = first > TimeSpan.FromSeconds(30) ? first : TimeSpan.FromSeconds(30);
            retry.Exponential(_transport.Retries, first, max, first);
        });
    }
}
