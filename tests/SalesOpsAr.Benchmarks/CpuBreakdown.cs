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

        await LoadDriver.ClosedLoopAsync(Send, concurrency, TimeSpan.FromSeconds(2)); // warm up
        var beam = Process.GetProcessesByName("beam.smp").Select(p => p.Id).FirstOrDefault();
        var before = (Service: Cpu(service.ProcessId), Broker: Cpu(beam), Driver: Cpu(Environment.ProcessId));
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
        var thousands = load.Count / 1000.0;
        string Per(double seconds) => $"{seconds / thousands * 1000:0} ms CPU per 1,000 events ({seconds / load.Elapsed.TotalSeconds:0.00} cores)";
        report.Add("ingest CPU", $"receiver as its own process: {load.Summary}", "");
        report.Add("ingest CPU", "the receiver process", Per(after.Service - before.Service));
        report.Add("ingest CPU", "the RabbitMQ node (beam.smp)", Per(after.Broker - before.Broker));
        report.Add("ingest CPU", "the load driver (HttpClient, this process)", Per(after.Driver - before.Driver));
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
