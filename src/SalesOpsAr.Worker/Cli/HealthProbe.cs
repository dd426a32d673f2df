namespace SalesOpsAr.Worker.Cli;

/// <summary>
/// <c>healthcheck [URL]</c>: exits 0 when the service answers its liveness endpoint, 1 otherwise.
/// For container HEALTHCHECKs: the runtime image has no curl.
/// </summary>
internal static class HealthProbe
{
    public const string Command = "healthcheck";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/health/live";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"healthcheck: {url}: {e.Message}");
            return 1;
        }
    }
}
