using System.Diagnostics;
using System.Globalization;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// Where the CPU goes under the ingest load: the receiver as its own process, and /proc's CPU counters of
/// the receiver, the RabbitMQ node (beam.smp) and this load driver, per thousand events accepted.
/// </summary>
internal static class CpuBreakdown
{
    public static async Task RunAsync(Report report, TimeSpan duration, int concurrency)
    {
        using var gitLab = new FakeGitLab();
        var bodies = Webhooks.Bodies(gitLab, 5000, 1, ar => ar.Assignees.Add("jdoe"));
        await using var broker = await BrokerScope.CreateAsync();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker, ("Roles", "receiver")));
        await service.WaitUntilReadyAsync();
        using var http = Webhooks.Client();
        async Task<bool> Send(int n)
        {
            using var request = Webhooks.Request(service.WebhookUrl, bodies[n % bodies.Length]);
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode == 202;
        }

        await LoadDriver.ClosedLoopAsync(Send, concurrency, TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("WARM") ?? "2", CultureInfo.InvariantCulture))); // warm up
        var beam = Process.GetProcessesByName("beam.smp").Select(p => p.Id).FirstOrDefault();
        var before = (Service: Cpu(service.ProcessId), Broker: Cpu(beam), Driver: Cpu(Environment.ProcessId));
        var runtimeBefore = await RuntimeCountersAsync(http, service.BaseAddress);
        // SALESOPSAR_BENCH_TRACE=/path/to/dotnet-trace: a CPU-sampling trace of the receiver during the load.
        using var trace = Environment.GetEnvironmentVariable("SALESOPSAR_BENCH_TRACE") is { Length: > 0 } tool
            ? Process.Start(tool, ["collect", "-p", service.ProcessId.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time", "--duration", "00:00:00:08", "-o", "/tmp/salesopsar-receiver.nettrace"])
            : null;
        var load = await LoadDriver.ClosedLoopAsync(Send, concurrency, duration);
        if (trace is not null)
        {
            await trace.WaitForExitAsync();
        }

        var after = (Service: Cpu(service.ProcessId), Broker: Cpu(beam), Driver: Cpu(Environment.ProcessId));
        var runtimeAfter = await RuntimeCountersAsync(http, service.BaseAddress);
        var thousands = load.Count / 1000.0;
        string Per(double seconds) => $"{seconds / thousands * 1000:0} ms CPU per 1,000 events ({seconds / load.Elapsed.TotalSeconds:0.00} cores)";
        report.Add("ingest CPU", $"receiver as its own process: {load.Summary}", "");
        report.Add("ingest CPU", "the receiver process", Per(after.Service - before.Service));
        report.Add("ingest CPU", "the RabbitMQ node (beam.smp)", Per(after.Broker - before.Broker));
        report.Add("ingest CPU", "the load driver (HttpClient, this process)", Per(after.Driver - before.Driver));
        double Delta(string name) => runtimeAfter.GetValueOrDefault(name) - runtimeBefore.GetValueOrDefault(name);
        report.Add(
            "ingest CPU",
            "receiver's runtime during the load (its /metrics)",
            $"JIT {Delta("dotnet_jit_compilation_time_seconds_total") * 1000:0} ms for {Delta("dotnet_jit_compiled_methods_total"):0} methods; "
            + $"GC {Delta("dotnet_gc_collections_total"):0} collections, {Delta("dotnet_gc_pause_time_seconds_total") * 1000:0} ms paused, "
            + $"{Delta("dotnet_gc_heap_total_allocated_bytes_total") / load.Count / 1024:0.0} KB allocated per event; "
            + $"{Delta("dotnet_monitor_lock_contentions_total"):0} lock contentions");
    }

    // The .NET runtime's counters from the service's Prometheus endpoint, summed over label sets.
    private static async Task<Dictionary<string, double>> RuntimeCountersAsync(HttpClient http, Uri service)
    {
        var text = await http.GetStringAsync(new Uri(service, "/metrics"));
        var totals = new Dictionary<string, double>();
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith("dotnet_", StringComparison.Ordinal))
            {
                continue;
            }

            var name = line[..line.IndexOfAny(['{', ' '])];
            var value = line.Split(' ')[^1];
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                totals[name] = totals.GetValueOrDefault(name) + number;
            }
        }

        return totals;
    }

    // utime + stime from /proc/<pid>/stat, in seconds (clock ticks of 1/100 s).
    private static double Cpu(int pid)
    {
        if (pid == 0)
        {
            return 0;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
