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
        services.AddSingleton<GitLabWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<GitLabWatch>());
        services.AddHealthChecks().AddCheck<GitLabHealthCheck>("gitlab", tags: ["gitlab"]);
        services.AddSingleton<WebhookMonitorState>();
        services.AddScoped<WebhookMonitor>();
        return services;
    }
}
