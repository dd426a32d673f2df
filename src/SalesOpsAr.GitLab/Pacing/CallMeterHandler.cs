using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace SalesOpsAr.GitLab.Pacing;

/// <summary>
/// Records every attempt sent to GitLab (retries included) in the <see cref="GitLabCallMeter"/>, and logs it at
/// Debug by endpoint template (no ids, no query, no header: nothing a log reader should not see).
/// </summary>
public sealed partial class CallMeterHandler(GitLabCallMeter meter, TimeProvider clock, ILogger<CallMeterHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = $"{request.Method} {Template(request.RequestUri?.AbsolutePath ?? "")}";
        var started = clock.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            Log(endpoint, (int)response.StatusCode, started);
            long? remaining = response.Headers.TryGetValues("RateLimit-Remaining", out var values)
                && long.TryParse(values.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            meter.Record(endpoint, (int)response.StatusCode, remaining);
            return response;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            meter.Record(endpoint, 0, null); // no answer: connection refused, timeout
            Log(endpoint, 0, started);
            throw;
        }
    }

    /// <summary><c>/api/v4/projects/42/issues/7/notes</c> → <c>/projects/:id/issues/:iid/notes</c>.</summary>
    public static string Template(string path) =>
        Numbers().Replace(path.Replace("/api/v4", "", StringComparison.Ordinal), m => m.Groups["name"].Value switch
        {
            "issues" => "/issues/:iid",
            var name => $"/{name}/:id",
        });

    private void Log(string endpoint, int status, long started)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = (long)clock.GetElapsedTime(started).TotalMilliseconds;
            Called(logger, endpoint, status, elapsed);
        }
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Debug, Message = "GitLab {Endpoint} answered {Status} in {ElapsedMs} ms")]
    private static partial void Called(ILogger logger, string endpoint, int status, long elapsedMs);

    [GeneratedRegex(@"/(?<name>[a-z_]+)/\d+", RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Numbers();
}
