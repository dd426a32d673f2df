using System.Diagnostics;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>Runs the built service as its own process, the way an operator or a container does.</summary>
public static class ServiceProcess
{
    /// <summary>The least a production start needs: a webhook secret and the DRIs (plus a team member).</summary>
    public static Dictionary<string, string> MinimalValid() => new()
    {
        ["GitLab__WebhookSecret"] = "s3cret",
        ["GitLab__ProjectIds__0"] = "4242",
        ["Workflow__Dris__0"] = "amber",
        ["Workflow__Dris__1"] = "meri",
        ["Workflow__Team__0"] = "jdoe",
    };

    /// <summary>
    /// The environment for a service process configured like <see cref="WorkerHost.Settings"/>
    /// (<c>GitLab:Token</c> becomes <c>GitLab__Token</c>), with <paramref name="overrides"/> on top.
    /// </summary>
    public static Dictionary<string, string> Environment(FakeGitLab gitLab, BrokerScope? broker, params (string Key, string Value)[] overrides)
    {
        var environment = WorkerHost.Settings(gitLab, broker)
            .Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key.Replace(":", "__", StringComparison.Ordinal), kv => kv.Value!);
        environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in overrides)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>Starts the service in the background on a free loopback port; the caller kills or disposes it.</summary>
    /// <param name="workingDirectory">Where the process starts; null: the tests' own. The service finds its settings either way.</param>
    public static RunningService Start(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var start = StartInfo(environment, []);
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        var process = Process.Start(start)!;
        var service = new RunningService(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => service.Write(line.Data);
        process.ErrorDataReceived += (_, line) => service.Write(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Like <see cref="RunAsync"/>, also returning the process's wall and CPU time.</summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Wall, TimeSpan Cpu)> RunMeasuredAsync(
        IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var cpu = TimeSpan.Zero;
        while (!process.HasExited)
        {
            try
            {
                cpu = process.TotalProcessorTime; // unreadable once the process is gone: sample while it runs
            }
            catch (InvalidOperationException)
            {
                break;
            }

            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr, clock.Elapsed, cpu);
    }

    /// <summary>Starts a command in the background, its output redirected; the caller signals, waits for and disposes it.</summary>
    public static Process StartCommand(IReadOnlyDictionary<string, string> environment, IEnumerable<string> args) =>
        Process.Start(StartInfo(environment, args))!;

    public static async Task<(int ExitCode, string Output)> RunAsync(
        IReadOnlyDictionary<string, string> environment, IEnumerable<string>? args = null, int timeoutSeconds = 60)
    {
        var start = StartInfo(environment, args ?? []);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"The service did not exit within {timeoutSeconds} s:\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("GitLab__", StringComparison.Ordinal) || k.StartsWith("Workflow__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
