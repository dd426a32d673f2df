namespace SalesOpsAr.Scim;

/// <summary>
/// The <c>Scim</c> section: per Sales system, the SCIM 2.0 service that provisions its users (an identity service in front
/// of DataFox or Clari, say). Off (no system) unless configured; off, nothing calls any SCIM service.
/// </summary>
public sealed class ScimOptions
{
    public const string Section = "Scim";

    /// <summary>Systems by name as the AR and the command name them (<c>Scim__Systems__DataFox__Url</c>).</summary>
    public Dictionary<string, ScimSystemOptions> Systems { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Timeout of one attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a read (a look-up) on 5xx, 408, 429 or no answer; a write is never retried.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Plain http for the services (the tests' loopback fakes only).</summary>
    public bool AllowHttp { get; set; }

    public bool IsOn => Systems.Count > 0;

    /// <summary>The configured system of this name, case aside; null when none is.</summary>
    public ScimSystemOptions? For(string system) => Systems.TryGetValue(system, out var found) ? found : null;
}
