using System.Text.RegularExpressions;

namespace SalesOpsAr.GitLab.Api;

/// <summary>Records every attempt sent to GitLab (retries included) in the <see cref="GitLabCallMeter"/>.</summary>
public sealed partial class CallMeterHandler(GitLabCallMeter meter) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        meter.Record($"{request.Method} {Template(request.RequestUri?.AbsolutePath ?? "")}");
        return base.SendAsync(request, cancellationToken);
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
