using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary>Metrics (OpenTelemetry, Prometheus format) and the GitLab health check.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<SalesOpsArMetrics>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("salesopsar-worker", serviceVersion: ServiceVersion.Current))
            .WithMetrics(metrics => metrics
            .AddMeter(SalesOpsArMetrics.MeterName)
            // Boundaries that fit what is measured: seconds for the pipeline's latencies (one bucket held every
            // value with the defaults), hours to weeks for how long ARs wait.
            .AddView("salesopsar.receive_to_enqueue", new ExplicitBucketHistogramConfiguration { Boundaries = Seconds })
            .AddView("salesopsar.enqueue_to_applied", new ExplicitBucketHistogramConfiguration { Boundaries = Seconds })
            .AddView("salesopsar.note_delay", new ExplicitBucketHistogramConfiguration { Boundaries = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800] })
            .AddView("salesopsar.sweep.duration", new ExplicitBucketHistogramConfiguration { Boundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] })
            .AddView("salesopsar.ar.time_to_pickup", new ExplicitBucketHistogramConfiguration { Boundaries = Hours })
            .AddView("salesopsar.ar.time_to_completed", new ExplicitBucketHistogramConfiguration { Boundaries = Hours })
            .AddView("salesopsar.ar.time_in_state", new ExplicitBucketHistogramConfiguration { Boundaries = Hours })
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        services.AddSingleton<GitLabWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<GitLabWatch>());
        services.AddHealthChecks().AddCheck<GitLabHealthCheck>("gitlab", tags: ["gitlab"]);
        return services;
    }

    private static readonly double[] Seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    // 1 hour to 6 weeks: "within the day", "within the week", "within the quarter" all fall in buckets of their own.
    private static readonly double[] Hours = [1, 2, 4, 8, 16, 24, 48, 72, 120, 168, 336, 504, 1008];
}
