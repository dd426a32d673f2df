using MassTransit;
using SalesOpsAr.Worker.Configuration;
using SalesOpsAr.Worker.Reconciling;

namespace SalesOpsAr.Worker.Messaging;

/// <summary>MassTransit on the in-memory transport or RabbitMQ, with the consumers this process's roles need.</summary>
internal static class MessagingServiceCollectionExtensions
{
    public static IServiceCollection AddSalesOpsArMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var transport = configuration.GetSection(TransportOptions.Section).Get<TransportOptions>() ?? new TransportOptions();
        var service = configuration.Get<ServiceOptions>() ?? new ServiceOptions();
        var roles = service.ParsedRoles;

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
