using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SalesOpsAr.Worker.Configuration;
using SalesOpsAr.Worker.Messaging;
using SalesOpsAr.Worker.Observability;
using SalesOpsAr.Worker.Receiving;

namespace SalesOpsAr.Worker.Hosting;

/// <summary>The service's HTTP surface: the webhook receiver (receiver role) and health.</summary>
public static class SalesOpsArEndpointExtensions
{
    public static WebApplication MapSalesOpsAr(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<RunMode>().Runs(Roles.Receiver))
        {
            app.MapPost("/webhooks/gitlab", (HttpContext http, WebhookReceiver receiver, ArChangedQueue queue) =>
                receiver.HandleAsync(http, queue));
        }

        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
            ResultStatusCodes =
            {
                // A bus that is reconnecting reports Degraded: not ready to take events.
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }
}
