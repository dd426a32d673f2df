using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Hosting;

/// <summary>Checks <c>Management:Urls</c>: absolute http URLs with a port of their own, none shared with <c>Urls</c>.</summary>
internal sealed class ManagementOptionsChecks : IValidateOptions<ManagementOptions>
{
    public ValidateOptionsResult Validate(string? name, ManagementOptions options)
    {
        var problems = new ValidateOptionsResultBuilder();
        var main = options.WebhookUrls
            .Select(u => Uri.TryCreate(u.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port : 0)
            .ToHashSet();
        foreach (var url in ManagementOptions.Split(options.Urls))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.IsDefaultPort || uri.Port == 0)
            {
                problems.AddError($"must be http URLs with an explicit port, such as http://0.0.0.0:9090, got '{url}'.", "Management:Urls");
            }
            else if (main.Contains(uri.Port))
            {
                problems.AddError($"port {uri.Port} is the webhook's (Urls): give /metrics and /health a port of their own.", "Management:Urls");
            }
        }

        return problems.Build();
    }
}
