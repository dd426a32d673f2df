using Microsoft.Extensions.Options;

namespace SalesOpsAr.Scim;

/// <summary>The configured systems' clients, by name; none when SCIM is off.</summary>
public sealed class ScimClients(IHttpClientFactory factory, IOptions<ScimOptions> options)
{
    public IReadOnlyCollection<string> Systems => options.Value.Systems.Keys;

    /// <summary>The client of this system (case aside), or null when it has no SCIM service configured.</summary>
    public IScimClient? For(string system)
    {
        var configured = options.Value.Systems.FirstOrDefault(s => string.Equals(s.Key, system, StringComparison.OrdinalIgnoreCase));
        return configured.Value is null ? null : new ScimClient(factory.CreateClient(ScimServiceCollectionExtensions.HttpClientName), configured.Key, configured.Value);
    }
}
