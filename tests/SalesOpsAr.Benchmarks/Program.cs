using SalesOpsAr.Benchmarks;

// ./tests/bench.sh [--quick] [--skip-micro]: every measure of issue 6 that is built so far, one table.
var quick = args.Contains("--quick");
var duration = TimeSpan.FromSeconds(quick ? 3 : 10);
var report = new Report();
Console.WriteLine($"SalesOpsAr benchmarks ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GiB, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC");
await Ingest.RunAsync(report, duration, concurrency: 16);
await EndToEnd.RunAsync(report, duration, quick ? [100] : [100, 1000], quick ? [TimeSpan.Zero] : [TimeSpan.Zero, TimeSpan.FromMilliseconds(50)]);
await Economy.RunAsync(report, quick ? 2_000 : 10_000);
await Footprint.RunAsync(report, duration, concurrency: 16);
if (!args.Contains("--skip-micro"))
{
    Micro.Run(quick);
}

report.Print();
return 0;
