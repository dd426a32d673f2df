using OpenTelemetry.Metrics;

namespace SalesOpsAr.Worker.Observability;

/// <summary>Metrics (OpenTelemetry, Prometheus format), the readiness checks and the webhook monitor.</summary>
internal static class ObservabilityServiceCollectionExtensions
{
    public static IServiceCollection AddObservability(this IServiceCollection services)
    {
        services.AddSingleton<SalesOpsArMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SalesOpsArMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        services.AddSingleton<GitLabHealthCheck>();
        services.AddHealthChecks().AddCheck<GitLabHealthCheck>("gitlab", tags: ["ready"]);
        services.AddSingleton<WebhookMonitorState>();
        services.AddScoped<WebhookMonitor>();
        return services;
    }
}
