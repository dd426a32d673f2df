using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary>Readiness as JSON: overall status and, per check, its status and a description a person can act on.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.GetType().Name }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted);
    }
}
