namespace SalesOpsAr.Benchmarks;

/// <summary>Latencies (ms) of a load run, its failures and its length.</summary>
internal sealed record LoadResult(double[] Latencies, int Errors, TimeSpan Elapsed)
{
    public int Count => Latencies.Length;

    /// <summary>Several runs of the same load as one: all their requests over their summed time.</summary>
    public static LoadResult Combine(IReadOnlyCollection<LoadResult> runs) => new(
        runs.SelectMany(r => r.Latencies).ToArray(),
        runs.Sum(r => r.Errors),
        TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)));

    public double PerSecond => Count / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (Latencies.Length == 0)
        {
            return double.NaN;
        }

        var sorted = Latencies.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }

    public double Max => Latencies.Length == 0 ? double.NaN : Latencies.Max();

    public string Summary => $"{PerSecond:0}/s, p50 {Percentile(50):0.0} ms, p99 {Percentile(99):0.0} ms, max {Max:0.0} ms, {Errors} errors";
}
