namespace SalesOpsAr.Worker.Cli;

/// <summary>
/// <c>healthcheck [URL]</c>: exits 0 when the service answers its liveness endpoint, 1 otherwise, saying what
/// failed. For container HEALTHCHECKs: the runtime image has no curl. Without a URL it asks where the service
/// listens as the service itself would: <c>Management__Urls</c>, then <c>Urls</c> / <c>ASPNETCORE_URLS</c>, then the
/// default <c>http://127.0.0.1:5080</c>; a wildcard host (<c>0.0.0.0</c>, <c>*</c>, <c>+</c>, <c>[::]</c>) means loopback.
/// </summary>
internal static class HealthProbe
{
    public const string Command = "healthcheck";

    public const string DefaultUrl = "http://127.0.0.1:5080";

    private static readonly string[] UrlKeys = ["Management__Urls", "Urls", "URLS", "ASPNETCORE_URLS"];

    public const string Help = """
        SalesOpsAr.Worker healthcheck [URL]

        Exits 0 when the service answers GET /health/live with 2xx, 1 otherwise (printing what failed).
        URL: a base URL (http://127.0.0.1:8080) or the full liveness URL. Without one, the first address of
        Management__Urls, else Urls (or ASPNETCORE_URLS), else http://127.0.0.1:5080; 0.0.0.0, *, + and [::]
        are asked on 127.0.0.1.
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        if (args is [_, "--help" or "-h", ..])
        {
            Console.WriteLine(Help);
            return 0;
        }

        var given = args.Length > 1 ? args[1] : ConfiguredUrl(Environment.GetEnvironmentVariable);
        if (LivenessUrl(given) is not { } url)
        {
            await Console.Error.WriteLineAsync($"healthcheck: '{given}' is not an http(s) URL; see healthcheck --help");
            return 1;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await Console.Error.WriteLineAsync($"healthcheck: {url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            return 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"healthcheck: {url}: {e.Message}");
            return 1;
        }
    }

    /// <summary>Where the service listens, as its configuration says: the management port first (it serves the health endpoints).</summary>
    internal static string ConfiguredUrl(Func<string, string?> environment)
    {
        var urls = UrlKeys
            .Select(environment)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? DefaultUrl;
        return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? DefaultUrl;
    }

    /// <summary>The liveness URL for a base or full URL; a wildcard host becomes loopback. Null when it is no http(s) URL.</summary>
    internal static Uri? LivenessUrl(string given)
    {
        var text = given.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return uri.AbsolutePath is "" or "/" ? new Uri(uri, "/health/live") : uri;
    }
}
