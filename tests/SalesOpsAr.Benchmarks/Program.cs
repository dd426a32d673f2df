using SalesOpsAr.Benchmarks;

// ./tests/bench.sh [--quick] [--skip-micro] [--only ingest|cpu|lock|e2e|economy|provisioning|clicks|budget|scale|bulkday|storm|footprint|attacks|micro]: one table.
var quick = args.Contains("--quick");
var duration = TimeSpan.FromSeconds(quick ? 2 : 10);
var warmUp = TimeSpan.FromSeconds(quick ? 2 : 20); // at most: until the JIT settles (WarmUp); quick figures are cold
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
bool Runs(string name) => only is null || only == name;
var report = new Report();
var silent = new List<string>(); // scenarios that ran and produced no figure: a smoke run fails on them, never on a number
async Task Scenario(string name, Func<Task> run)
{
    var before = report.Count;
    await run();
    if (report.Count == before)
    {
        silent.Add(name);
    }
}

Console.WriteLine($"SalesOpsAr benchmarks ({(quick ? "quick" : "full")}), {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GiB, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC");
if (Runs("ingest"))
{
    await Scenario("Ingest.RunAsync", () => Ingest.RunAsync(report, duration, concurrency: 16, warmUp, rounds: quick ? 1 : 3));
}

if (only == "cpu" || (only is null && !quick)) // a diagnosis: in the full run, or on its own
{
    await Scenario("CpuBreakdown.RunAsync", () => CpuBreakdown.RunAsync(report, duration, concurrency: 16, warmUp));
    await Scenario("CpuBreakdown.RunEndToEndAsync", () => CpuBreakdown.RunEndToEndAsync(report, duration, perSecond: 300, warmUp));
}

if (Runs("lock"))
{
    await Scenario("LockCost.RunAsync", () => LockCost.RunAsync(report, quick ? 300 : 3_000, measureMemory: !quick));
}

if (Runs("e2e"))
{
    await Scenario("EndToEnd.RunAsync", () => EndToEnd.RunAsync(report, duration, quick ? [100] : [100, 1000], quick ? [TimeSpan.Zero] : [TimeSpan.Zero, TimeSpan.FromMilliseconds(50)], warmUp));
}

if (Runs("economy"))
{
    await Scenario("Economy.RunAsync", () => Economy.RunAsync(report, quick ? 2_000 : 10_000));
}

if (Runs("provisioning"))
{
    await Scenario("Provisioning.RunAsync", () => Provisioning.RunAsync(report, quick ? [1, 50] : [1, 50, 500]));
}

if (Runs("clicks"))
{
    await Scenario("Clicks.RunAsync", () => Clicks.RunAsync(report, quick ? 5 : 50));
}

if (Runs("budget"))
{
    await Scenario("Budget.RunAsync", () => Budget.RunAsync(report, quick ? 300 : 3_000, callsPerMinute: 12_000, warmUp));
}

if (Runs("scale"))
{
    await Scenario("ScaleOut.RunAsync", () => ScaleOut.RunAsync(report, quick ? 200 : 2_000, quick ? [1, 2] : [1, 2, 4], quick ? [8] : [8, 32]));
}

if (Runs("bulkday"))
{
    // GitLab.com's real limits: N = 500 alone takes some 8 minutes of notes, so it runs only with --only bulkday.
    await Scenario("BulkDay.RunAsync", () => BulkDay.RunAsync(report, quick ? [20] : only == "bulkday" ? [80, 500] : [80]));
}

if (Runs("storm"))
{
    await Scenario("Storm.RunAsync", () => Storm.RunAsync(report, TimeSpan.FromSeconds(quick ? 4 : 10), stormyArs: quick ? 5 : 20));
}

if (Runs("footprint"))
{
    await Scenario("Footprint.RunAsync", () => Footprint.RunAsync(report, duration, concurrency: 16));
}

if (only == "attacks" || (only is null && !quick)) // #22's memory attacks: in the full run, or on their own
{
    await Scenario("Attacks.RunAsync", () => Attacks.RunAsync(report, roles: 30));
}

if (Runs("micro") && !args.Contains("--skip-micro"))
{
    Micro.Run(quick);
}

report.Print();
if (silent.Count > 0)
{
    await Console.Error.WriteLineAsync($"No figure from: {string.Join(", ", silent)}");
    return 1;
}

return 0;
