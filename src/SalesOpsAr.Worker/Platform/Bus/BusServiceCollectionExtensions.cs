using MassTransit;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>
/// MassTransit on the in-memory transport or RabbitMQ, consuming the jobs the features registered
/// (<see cref="WorkServiceCollectionExtensions.AddWorkHandler"/>) on the processes whose roles take their queues; called
/// after every feature. Where no bus will consume the jobs, they are done at once (<see cref="InlineWorkQueue"/>).
/// </summary>
internal static class BusServiceCollectionExtensions
{
    public static IServiceCollection AddBus(this IServiceCollection services, IConfiguration configuration, RunMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        var work = services.Where(d => d.ServiceType == typeof(WorkRegistration) && d.ImplementationInstance is WorkRegistration)
            .Select(d => (WorkRegistration)d.ImplementationInstance!).ToList();
        services.AddSingleton(new WorkRoutes(work));
        if (mode.QueuesNotes)
        {
            services.AddScoped<IWorkQueue, BusWorkQueue>();
        }
        else
        {
            services.AddScoped<IWorkQueue, InlineWorkQueue>();
        }

        services.AddValidatedOptions<TransportOptions, TransportOptionsValidator>(configuration, TransportOptions.Section)
            .AddOptionsCheck<TransportOptions, TransportOptionsChecks>();
        services.AddScoped<ArChangedQueue>();
        services.AddSingleton<QueueDepths>();
        services.AddMassTransit(bus =>
        {
            // MassTransit 8.4+ reports anonymous usage to its vendor's host after a few minutes. An unattended service
            // inside a company calls GitLab, Slack, SMTP and the broker, nothing else.
            bus.ConfigureUsageTelemetryOptions(telemetry => telemetry.Enabled = false);
            foreach (var registration in work.Where(r => !r.Queue.IsInProcess && mode.Runs(r.Queue.ConsumedBy)))
            {
                registration.AddConsumer(bus);
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
