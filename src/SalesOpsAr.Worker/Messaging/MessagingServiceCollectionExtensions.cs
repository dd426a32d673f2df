using MassTransit;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Configuration;
using SalesOpsAr.Worker.Reconciling;

namespace SalesOpsAr.Worker.Messaging;

/// <summary>MassTransit on the in-memory transport or RabbitMQ, with the consumers this process's roles need.</summary>
internal static class MessagingServiceCollectionExtensions
{
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration, RunMode mode)
    {
        services.AddValidatedOptions<TransportOptions, TransportOptionsValidator>(configuration, TransportOptions.Section)
            .AddOptionsCheck<TransportOptions, TransportOptionsChecks>();
        services.AddScoped<ArChangedQueue>();
        services.AddSingleton<BrokerArLock>();
        services.AddMassTransit(bus =>
        {
            // MassTransit 8.4+ reports anonymous usage to its vendor's host after a few minutes. An unattended service
            // inside a company calls GitLab, Slack, SMTP and the broker, nothing else.
            bus.ConfigureUsageTelemetryOptions(telemetry => telemetry.Enabled = false);
            if (mode.Runs(Roles.Reconciler))
            {
                bus.AddConsumer<ArChangedConsumer, ArChangedConsumerDefinition>();
                bus.AddConsumer<Noting.NoteOwedConsumer, Noting.NoteOwedConsumerDefinition>();
            }

            if (mode.Transport == TransportKind.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var transport = context.GetRequiredService<IOptions<TransportOptions>>().Value;
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
            o.StopTimeout = TimeSpan.FromSeconds(15); // within Kubernetes' 30 s grace period, with room for the rest
            // A note waiting for its slot of the notes budget (up to a minute) is given up at stop and stays on the
            // broker for the next process, rather than holding the stop for the whole minute.
            o.ConsumerStopTimeout = TimeSpan.FromSeconds(5);
        });
        return services;
    }
}
