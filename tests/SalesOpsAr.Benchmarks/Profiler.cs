using System.Diagnostics;
using System.Globalization;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// Optional profiling of a service process during a measured window, chosen by environment:
/// <c>SALESOPSAR_BENCH_PERF=1</c> runs <c>perf record</c> (cpu-clock samples with call graphs, to
/// /tmp/salesopsar-NAME.perf; run with <c>DOTNET_PerfMapEnabled=1</c> so .NET frames get names), or
/// <c>SALESOPSAR_BENCH_TRACE=/path/to/dotnet-trace</c> records an EventPipe sampled trace
/// (/tmp/salesopsar-NAME.nettrace). Both for 8 seconds.
/// </summary>
internal static class Profiler
{
    public static Process? Attach(int processId, string name)
    {
        var pid = processId.ToString(CultureInfo.InvariantCulture);
        if (Environment.GetEnvironmentVariable("SALESOPSAR_BENCH_PERF") is "1")
        {
            return Process.Start("perf", ["record", "-F", "499", "-g", "-e", "cpu-clock", "-p", pid, "-o", $"/tmp/salesopsar-{name}.perf", "--", "sleep", "8"]);
        }

        return Environment.GetEnvironmentVariable("SALESOPSAR_BENCH_TRACE") is { Length: > 0 } tool
            ? Process.Start(tool, ["collect", "-p", pid, "--profile", "dotnet-sampled-thread-time", "--duration", "00:00:00:08", "-o", $"/tmp/salesopsar-{name}.nettrace"])
            : null;
    }

    public static async Task WaitAsync(Process? profiler)
    {
        if (profiler is not null)
        {
            await profiler.WaitForExitAsync();
        }
    }
}
