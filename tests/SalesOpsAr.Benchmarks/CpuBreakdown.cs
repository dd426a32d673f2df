using System.Diagnostics;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// Where the CPU goes: the service as its own process, and /proc's CPU counters of the service, the RabbitMQ
/// node (beam.smp) and this process (load driver, fake GitLab), per thousand events, with the service's
/// JIT, GC and lock counters from its /metrics. Once for ingest alone (cold, then warm), once end to end.
/// </summary>
internal static class CpuBreakdown
{
    public static async Task RunAsync(Report report, TimeSpan duration, int concurrency, TimeSpan warmUpAtMost)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        var bodies = Webhooks.Bodies(gitLab, 5000, 1, ar => ar.Assignees.Add("jdoe"));
        await using var broker = await BrokerScope.CreateAsync();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker, ("Roles", "receiver")));
        await service.WaitUntilReadyAsync();
        using var http = Webhooks.Client();
        Task<bool> Send(int n) => Webhooks.SendAsync(http, service.WebhookUrl, bodies[n % bodies.Length]);

        var cold = await Sample.TakeAsync(http, service);
        var coldLoad = await LoadDriver.ClosedLoopAsync(Send, concurrency, duration);
        var coldCpu = (await Sample.TakeAsync(http, service)).Minus(cold);
        report.Add("ingest CPU", $"receiver, cold: the first {duration.TotalSeconds:0} s under load after start", coldLoad.Summary);
        report.Add("ingest CPU", "receiver, cold: its CPU", $"{coldCpu.ServicePer(coldLoad.Count)}; of which JIT {coldCpu.Jit * 1000:0} ms for {coldCpu.JitMethods:0} methods");

        var warmedIn = await WarmUp.UntilJitSettlesAsync((round, _) => LoadDriver.ClosedLoopAsync(Send, concurrency, round), WarmUp.ServiceJitSeconds(http, service.BaseAddress), warmUpAtMost);
        var before = await Sample.TakeAsync(http, service);
        using var profile = Profiler.Attach(service.ProcessId, "receiver");
        var load = await LoadDriver.ClosedLoopAsync(Send, concurrency, duration);
        await Profiler.WaitAsync(profile);

        var cpu = (await Sample.TakeAsync(http, service)).Minus(before);
        report.Add("ingest CPU", $"receiver, warm (after {warmedIn.TotalSeconds:0} s of load, JIT settled)", load.Summary);
        cpu.Report(report, "ingest CPU", "the receiver process", "the load driver (HttpClient, this process)", load.Count, load.Elapsed);
    }

    /// <summary>
    /// The whole path (receiver and reconciler in one service process, the fake GitLab in this process) at a
    /// steady rate it can sustain, each process's CPU per thousand events reconciled, after warming up.
    /// </summary>
    public static async Task RunEndToEndAsync(Report report, TimeSpan duration, int perSecond, TimeSpan warmUpAtMost)
    {
        using var gitLab = new FakeGitLab { NotesPerMinute = 0 };
        var warmEvents = (int)(perSecond * warmUpAtMost.TotalSeconds) + perSecond;
        var events = (int)(perSecond * duration.TotalSeconds);
        var bodies = Webhooks.Bodies(gitLab, warmEvents + events, 100_000, ar => ar.Assignees.Add("jdoe"));
        var ars = Enumerable.Range(100_000, warmEvents + events).Select(iid => gitLab.Issue(4242, iid)).ToArray();
        await using var broker = await BrokerScope.CreateAsync();
        using var service = ServiceProcess.Start(ServiceProcess.Environment(gitLab, broker, ("Transport__ConcurrentMessageLimit", "64")));
        await service.WaitUntilReadyAsync();
        using var http = Webhooks.Client();
        Task<bool> Send(int n) => Webhooks.SendAsync(http, service.WebhookUrl, bodies[n]);

        async Task AllPutAsync(int from, int to)
        {
            while (ars[from..to].Any(a => a.PutArrivedAt == 0))
            {
                await Task.Delay(50);
            }
        }

        // Each round changes ARs never touched before, and waits for the last of them.
        var warmedIn = await WarmUp.UntilJitSettlesAsync(
            async (round, n) =>
            {
                var first = n * perSecond;
                await LoadDriver.OpenLoopAsync(i => Send(first + i), perSecond, round);
                await AllPutAsync(first, first + perSecond);
            },
            WarmUp.ServiceJitSeconds(http, service.BaseAddress),
            warmUpAtMost);
        var before = await Sample.TakeAsync(http, service);
        var callsBefore = gitLab.Calls().Count;
        var clock = Stopwatch.StartNew();
        using var profile = Profiler.Attach(service.ProcessId, "end-to-end");
        await LoadDriver.OpenLoopAsync(n => Send(warmEvents + n), perSecond, duration);
        await AllPutAsync(warmEvents, warmEvents + events);
        await Profiler.WaitAsync(profile);
        var elapsed = clock.Elapsed;
        var cpu = (await Sample.TakeAsync(http, service)).Minus(before);
        report.Add("end-to-end CPU", $"{events:N0} changing events at {perSecond}/s after {warmedIn.TotalSeconds:0} s of warm-up, all reconciled in {elapsed.TotalSeconds:0.0} s", $"{(double)(gitLab.Calls().Count - callsBefore) / events:0.00} GitLab calls per event");
        cpu.Report(report, "end-to-end CPU", "the service process (receiver + reconciler)", "this process: load driver + fake GitLab (WireMock.Net)", events, elapsed);
    }

    /// <summary>CPU seconds of the three processes and the service's runtime counters at one moment (or between two).</summary>
    private sealed record Sample(double Service, double Broker, double Driver, IReadOnlyDictionary<string, double> Runtime)
    {
        private static int BrokerProcess => Process.GetProcessesByName("beam.smp").Select(p => p.Id).FirstOrDefault();

        public double Jit => Counter("dotnet_jit_compilation_time_seconds_total");

        public double JitMethods => Counter("dotnet_jit_compiled_methods_total");

        public static async Task<Sample> TakeAsync(HttpClient http, RunningService service) => new(
            ProcessCpu.Seconds(service.ProcessId),
            ProcessCpu.Seconds(BrokerProcess),
            ProcessCpu.Seconds(Environment.ProcessId),
            await WarmUp.RuntimeCountersAsync(http, service.BaseAddress));

        public Sample Minus(Sample earlier) => new(
            Service - earlier.Service,
            Broker - earlier.Broker,
            Driver - earlier.Driver,
            Runtime.ToDictionary(kv => kv.Key, kv => kv.Value - earlier.Runtime.GetValueOrDefault(kv.Key)));

        public string ServicePer(int events) => Per(Service, events);

        public void Report(Report report, string area, string service, string driver, int events, TimeSpan elapsed)
        {
            string Cores(double seconds) => $"{Per(seconds, events)} ({seconds / elapsed.TotalSeconds:0.00} cores)";
            report.Add(area, service, Cores(Service));
            report.Add(area, "the RabbitMQ node (beam.smp)", Cores(Broker));
            report.Add(area, driver, Cores(Driver));
            report.Add(
                area,
                $"{service}: runtime counters (its /metrics)",
                $"JIT {Jit * 1000:0} ms for {JitMethods:0} methods; GC {Counter("dotnet_gc_collections_total"):0} collections, "
                + $"{Counter("dotnet_gc_pause_time_seconds_total") * 1000:0} ms paused, "
                + $"{Counter("dotnet_gc_heap_total_allocated_bytes_total") / events / 1024:0.0} KB allocated per event; "
                + $"{Counter("dotnet_monitor_lock_contentions_total"):0} lock contentions");
        }

        private static string Per(double seconds, int events) => $"{seconds / events * 1_000_000:0} ms CPU per 1,000 events";

        private double Counter(string name) => Runtime.GetValueOrDefault(name);
    }
}
