using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// Debian's real Prometheus (installed by tests/run.sh) on a free loopback port, scraping one target every second and
/// loading the given rule files; its HTTP API answers PromQL. Stopped and its data removed on dispose.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _folder;
    private readonly HttpClient _http;

    private PrometheusServer(Process process, DirectoryInfo folder, Uri address)
    {
        _process = process;
        _folder = folder;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public static async Task<PrometheusServer> StartAsync(Uri target, params string[] ruleFiles)
    {
        Assert.True(File.Exists("/usr/bin/prometheus"), "/usr/bin/prometheus is missing: ./tests/run.sh installs Debian's prometheus");
        var folder = Directory.CreateTempSubdirectory("salesopsar-prometheus-");
        var config = Path.Combine(folder.FullName, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 2s
              scrape_timeout: 2s
              evaluation_interval: 1s
            rule_files: [{string.Join(", ", ruleFiles.Select(f => $"\"{f}\""))}]
            scrape_configs:
              - job_name: salesopsar
                metrics_path: /metrics
                static_configs:
                  - targets: ["{target.Authority}"]
            """);
        var port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/prometheus") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder.FullName, "data")}", $"--web.listen-address=127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, folder, new Uri($"http://127.0.0.1:{port}"));
        await Eventually.Until(() => server.Ready(), ready => ready, "Prometheus ready");
        return server;
    }

    /// <summary>Runs a PromQL query now: (status, result type, number of series or samples, error).</summary>
    public async Task<(string Status, int Results, string? Error)> QueryAsync(string expression)
    {
        using var response = await _http.GetAsync("/api/v1/query?query=" + Uri.EscapeDataString(expression));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var status = root.GetProperty("status").GetString()!;
        var error = root.TryGetProperty("error", out var e) ? e.GetString() : null;
        var results = status == "success" && root.GetProperty("data").GetProperty("result") is { ValueKind: JsonValueKind.Array } array ? array.GetArrayLength() : 0;
        return (status, results, error);
    }

    /// <summary>The rules Prometheus loaded, with their health after evaluation.</summary>
    /// <summary>The scrape targets as Prometheus sees them (health and last error), for a failure's message.</summary>
    public async Task<string> TargetsAsync()
    {
        try
        {
            using var response = await _http.GetAsync("/api/v1/targets");
            return await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException e)
        {
            return $"(targets unreadable: {e.Message})";
        }
    }

    public async Task<IReadOnlyList<(string Name, string Health, string? Error)>> RulesAsync()
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync("/api/v1/rules"));
        return [.. json.RootElement.GetProperty("data").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray())
            .Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("health").GetString()!, r.TryGetProperty("lastError", out var le) ? le.GetString() : null))];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        _http.Dispose();
        _folder.Delete(recursive: true);
    }

    private bool Ready()
    {
        try
        {
            return _http.GetAsync("/-/ready").GetAwaiter().GetResult().IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
