using System.Diagnostics;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>The service running as its own process: its address, and a hard kill.</summary>
public sealed class RunningService(Process process, Uri baseAddress) : IDisposable
{
    public Uri BaseAddress { get; } = baseAddress;

    public Uri WebhookUrl => new(BaseAddress, "/webhooks/gitlab");

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    public int ProcessId => process.Id;

    /// <summary>The exit code, once <see cref="StopAsync"/> or a kill has ended the process.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>Every line the process wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    internal void Write(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    /// <summary>Resident memory now, from /proc (Linux).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.Until(
            () =>
            {
                try
                {
                    using var response = http.GetAsync("/health/ready").GetAwaiter().GetResult();
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
                catch (TaskCanceledException)
                {
                    return false;
                }
            },
            ready => ready, "the service process to be ready", seconds: 60);
    }

    /// <summary>
    /// SIGTERM, then waits for the process to exit and for everything it wrote to be read: the signal that nothing more
    /// will happen in it, for checks on its whole output or on what it left on the broker.
    /// </summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            await term!.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token); // with redirected output: returns once the output is read to its end
    }

    /// <summary>SIGKILL: no shutdown, no acknowledgement, connections just drop.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
