using SalesOpsAr.Worker.Features.Interacting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Telemetry;
using SalesOpsAr.Worker.Features.Receiving;
using SalesOpsAr.Worker.Features.Status;

namespace SalesOpsAr.Worker.Hosting;

/// <summary>The service's HTTP surface: the webhook receiver (receiver role) and health.</summary>
public static class SalesOpsArEndpointExtensions
{
    public static WebApplication MapSalesOpsAr(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // With a management port, each port serves only its own endpoints (by the port the connection came in on:
        // a Host header could say anything).
        var managementPorts = app.Services.GetRequiredService<IOptions<ManagementOptions>>().Value.Ports();
        if (managementPorts.Count > 0)
        {
            app.Use(async (http, next) =>
            {
                var path = http.Request.Path;
                var forManagement = path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
                if (forManagement != managementPorts.Contains(http.Connection.LocalPort))
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(http);
            });
        }
        if (app.Services.GetRequiredService<RunMode>().Runs(Roles.Receiver))
        {
            app.MapPost("/webhooks/gitlab", (HttpContext http, WebhookReceiver receiver, ArChangedQueue queue) =>
                receiver.HandleAsync(http, queue));
            app.MapPost("/slack/interactions", (HttpContext http, SlackInteractionReceiver receiver, IWorkQueue work) =>
                receiver.HandleAsync(http, work));
        }

        if (app.Services.GetRequiredService<RunMode>().Runs(Roles.Sweeper))
        {
            app.MapStatus(); // the sweeper holds the board; other roles have no /status
        }

        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/gitlab", new HealthCheckOptions { Predicate = check => check.Tags.Contains("gitlab"), ResponseWriter = HealthReportWriter.WriteAsync });
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
