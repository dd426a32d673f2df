using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Calendar;

using SalesOpsAr.Worker.Platform.Telemetry;

namespace SalesOpsAr.Worker.Features.Status;

/// <summary>
/// <c>GET /status</c> (HTML) and <c>GET /status.json</c>, served by the process that sweeps, from its last sweep's
/// snapshot: a page view never calls GitLab. Without <c>Status__Token</c> both answer 404; a request without the
/// credential gets 401.
/// </summary>
internal static class StatusEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Version => ServiceVersion.Current;

    public static IEndpointRouteBuilder MapStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/status", (HttpContext http, StatusBoard board, ILicenceBoard licences, IOptions<StatusOptions> options, BusinessCalendar calendar, TimeProvider clock) =>
            Answer(http, options.Value, () => Results.Content(
                StatusPage.Render(board.Latest, options.Value.ShowTitles, clock.GetUtcNow(), calendar.Zone, Version, licences.Latest), "text/html; charset=utf-8")));
        app.MapGet("/status.json", (HttpContext http, StatusBoard board, ILicenceBoard licences, IOptions<StatusOptions> options) =>
            Answer(http, options.Value, () => Results.Text(JsonSerializer.Serialize(Shown(board.Latest, options.Value.ShowTitles, licences.Latest), Json), "application/json; charset=utf-8")));
        return app;
    }

    private static IResult Answer(HttpContext http, StatusOptions options, Func<IResult> page)
    {
        http.Response.Headers.CacheControl = "no-store";
        switch (StatusAccess.Check(http.Request.Headers.Authorization.FirstOrDefault(), options.Token))
        {
            case StatusAccess.Verdict.NotConfigured:
                return Results.NotFound();
            case StatusAccess.Verdict.Denied:
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"Sales Ops AR status\", charset=\"UTF-8\"";
                return Results.Unauthorized();
            default:
                http.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return page();
        }
    }

    private static object Shown(StatusSnapshot? snapshot, bool showTitles, LicenceSeats? licences) => snapshot is null
        ? new { version = Version, sweptAt = (DateTimeOffset?)null, message = "no sweep has finished in this process yet" }
        : new
        {
            version = Version,
            snapshot.SweptAt,
            sweepSeconds = snapshot.SweepDuration.TotalSeconds,
            snapshot.DryRun,
            snapshot.GitLabCalls,
            snapshot.CallsPerMinute,
            snapshot.Failures,
            counts = snapshot.Cards.GroupBy(c => c.State).ToDictionary(g => g.Key.ToString(), g => g.Count()),
            cards = snapshot.Cards.Select(c => showTitles ? c : c with { Title = "" }),
            load = snapshot.Load,
            webhook = snapshot.Webhook,
            queues = snapshot.Queues,
            rateLimitRemaining = snapshot.RateLimitRemaining,
            licences = showTitles || licences is null ? licences // null when the Salesforce connector is off
                : licences with { IdleUsers = [], Waiting = [.. licences.Waiting.Select(w => w with { Title = "" })] }, // people's names only where titles are shown
        };
}
