using System.Diagnostics;
using System.Globalization;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// Load before measuring, until the JIT has settled: .NET compiles hot methods a second time, optimised, a
/// while after they first run, and on two shared cores that recompilation took a third of the receiver's CPU
/// in the first 10 s under load. Measured figures are for a service that has been running a while; the
/// cold ones are reported as such.
/// </summary>
internal static class WarmUp
{
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs <paramref name="load"/> in one-second rounds until a round costs the JIT under 2% of a core, or
    /// <paramref name="max"/> has passed. Returns how long it took.
    /// </summary>
    public static async Task<TimeSpan> UntilJitSettlesAsync(Func<TimeSpan, int, Task> load, Func<Task<double>> jitSeconds, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        for (var round = 0; clock.Elapsed < max; round++)
        {
            var before = await jitSeconds();
            var started = clock.Elapsed;
            await load(Round, round);
            var spent = await jitSeconds() - before;
            if (spent < 0.02 * (clock.Elapsed - started).TotalSeconds)
            {
                break;
            }
        }

        return clock.Elapsed;
    }

    /// <summary>
    /// For a closed-loop load: like <see cref="UntilJitSettlesAsync"/>, then on until its throughput stops
    /// rising (the mean of the last two two-second rounds within 3% of the two before). After the JIT, the
    /// thread pool settles too: under a sudden load it adds threads, and on two cores the extra threads cost
    /// CPU in context switches until hill climbing takes them back (tens of seconds).
    /// </summary>
    public static async Task<TimeSpan> UntilSteadyAsync(Func<TimeSpan, Task<LoadResult>> load, Func<Task<double>> jitSeconds, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        await UntilJitSettlesAsync((round, _) => load(round), jitSeconds, max);
        var rates = new List<double>();
        while (clock.Elapsed < max)
        {
            rates.Add((await load(Round * 2)).PerSecond);
            if (rates.Count >= 4 && rates[^2..].Average() <= 1.03 * rates[^4..^2].Average())
            {
                break;
            }
        }

        return clock.Elapsed;
    }

    /// <summary>This process's JIT time so far.</summary>
    public static Task<double> InProcessJitSeconds() => Task.FromResult(System.Runtime.JitInfo.GetCompilationTime().TotalSeconds);

    /// <summary>A service process's JIT time so far, from its Prometheus endpoint.</summary>
    public static Func<Task<double>> ServiceJitSeconds(HttpClient http, Uri service) => async () =>
        (await RuntimeCountersAsync(http, service)).GetValueOrDefault("dotnet_jit_compilation_time_seconds_total");

    /// <summary>The .NET runtime's counters from a service's Prometheus endpoint, summed over label sets.</summary>
    public static async Task<Dictionary<string, double>> RuntimeCountersAsync(HttpClient http, Uri service)
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
            if (double.TryParse(line.Split(' ')[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                totals[name] = totals.GetValueOrDefault(name) + number;
            }
        }

        return totals;
    }
}
