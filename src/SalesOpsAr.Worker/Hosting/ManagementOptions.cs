namespace SalesOpsAr.Worker.Hosting;

/// <summary>
/// The <c>Management</c> section: where <c>/metrics</c> and <c>/health/*</c> listen. Empty: beside the webhook on
/// <c>Urls</c>. Set (e.g. <c>http://0.0.0.0:9090</c>): only there, and the webhook only on <c>Urls</c>, so a network
/// policy can open one port to GitLab and the other to the cluster's monitoring alone.
/// </summary>
public sealed class ManagementOptions
{
    public const string Section = "Management";

    /// <summary>Semicolon-separated URLs, each with its own port.</summary>
    public string Urls { get; set; } = "";

    /// <summary>The webhook's URLs (<c>Urls</c>), as configured before the management ones were added beside them.</summary>
    public IReadOnlyList<string> WebhookUrls { get; set; } = [];

    /// <summary>The ports of <see cref="Urls"/> that parse.</summary>
    public IReadOnlySet<int> Ports() => Split(Urls)
        .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Port : 0)
        .Where(p => p > 0)
        .ToHashSet();

    public static IReadOnlyList<string> Split(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
