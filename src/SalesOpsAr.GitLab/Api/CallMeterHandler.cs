using System.Text.RegularExpressions;

namespace SalesOpsAr.GitLab.Api;

/// <summary>Records every attempt sent to GitLab (retries included) in the <see cref="GitLabCallMeter"/>.</summary>
public sealed partial class CallMeterHandler(GitLabCallMeter meter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = $"{request.Method} {Template(request.RequestUri?.AbsolutePath ?? "")}";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            long? remaining = response.Headers.TryGetValues("RateLimit-Remaining", out var values)
                && long.TryParse(values.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            meter.Record(endpoint, (int)response.StatusCode, remaining);
            return response;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            meter.Record(endpoint, 0, null); // no answer: connection refused, timeout
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

    [GeneratedRegex(@"/(?<name>[a-z_]+)/\d+")]
    private static partial Regex Numbers();
}
