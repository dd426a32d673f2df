using MassTransit;
using SalesOpsAr.Worker.Configuration;
using SalesOpsAr.Worker.Reconciling;

namespace SalesOpsAr.Worker.Messaging;

/// <summary>MassTransit on the in-memory transport or RabbitMQ, with the consumers this process's roles need.</summary>
internal static class MessagingServiceCollectionExtensions
{
    public static IServiceCollection AddSalesOpsArMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        // Read leniently here: a wrong value is reported, with its key, by the validation that runs next.
        var section = configuration.GetSection(TransportOptions.Section);
        var transport = new TransportOptions
        {
            Kind = Enum.TryParse<TransportKind>(section["Kind"], ignoreCase: true, out var kind) ? kind : TransportKind.InMemory,
            EntityPrefix = section["EntityPrefix"] ?? "",
            QuorumQueues = bool.TryParse(section["QuorumQueues"], out var quorum) && quorum,
        };
        transport.RabbitMq.Uri = section["RabbitMq:Uri"] ?? "";
        var roles = ServiceOptions.RolesIn(configuration);

        services.AddMassTransit(bus =>
        {
            if (roles.HasFlag(Roles.Reconciler))
            {
                bus.AddConsumer<ArChangedConsumer, ArChangedConsumerDefinition>();
            }

            if (transport.Kind == TransportKind.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    // Credentials and virtual host come from the URI (amqp://user:pass@host:port/vhost).
                    cfg.Host(new Uri(transport.RabbitMq.Uri), host =>
                    {
                        host.PublisherConfirmation = true;
                        host.ConnectionName("salesopsar-worker");
                    });
                    if (transport.QuorumQueues)
                    {
                        cfg.SendTopology.ConfigureErrorSettings = error => error.SetQuorumQueue();
                        cfg.SendTopology.ConfigureDeadLetterSettings = skipped => skipped.SetQuorumQueue();
                    }

                    if (transport.EntityPrefix.Length > 0)
                    {
                        cfg.MessageTopology.SetEntityNameFormatter(
                            new PrefixEntityNameFormatter(cfg.MessageTopology.EntityNameFormatter, transport.EntityPrefix));
                    }

                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });

        // The web host starts even when the broker is down: readiness reports it, the bus keeps reconnecting.
        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }
}
