using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Benchmarks;

/// <summary>
/// What one "only one worker at a time on this AR" costs the broker, for the ways RabbitMQ can be a mutex:
/// the broker's CPU per lock and release, measured from /proc, 16 lockers at once.
/// </summary>
internal static class LockCost
{
    public static async Task RunAsync(Report report, int locks, bool measureMemory)
    {
        var factory = new ConnectionFactory { Uri = new Uri(TestServices.RabbitMqUri) };
        await using var connection = await factory.CreateConnectionAsync();
        var prefix = $"bench-lock-{Guid.NewGuid():N}-";

        await MeasureAsync(report, "a channel, an exclusive queue per AR, both closed after", locks, async n =>
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeclareAsync(prefix + n, durable: false, exclusive: true, autoDelete: true);
            await channel.QueueDeleteAsync(prefix + n);
        });

        var pool = new ChannelPool(connection);
        await MeasureAsync(report, "an exclusive queue per AR on a reused channel", locks, async n =>
        {
            var channel = await pool.RentAsync();
            await channel.QueueDeclareAsync(prefix + n, durable: false, exclusive: true, autoDelete: true);
            await channel.QueueDeleteAsync(prefix + n);
            pool.Return(channel);
        });

        var memoryBefore = measureMemory ? await QueueMemoryMegabytesAsync() : 0;
        var transport = new TransportOptions { Kind = TransportKind.RabbitMq, EntityPrefix = prefix, RabbitMq = { Uri = TestServices.RabbitMqUri } };
        await using (var arLock = new BrokerArLock(Options.Create(transport), TimeProvider.System, NullLogger<BrokerArLock>.Instance))
        {
            // Every lock queue declared once, as a busy service ends up with.
            for (var stripe = 0; stripe < BrokerArLock.Stripes; stripe++)
            {
                await (await arLock.AcquireAsync(0, stripe, CancellationToken.None)).DisposeAsync();
            }

            if (measureMemory)
            {
                await Task.Delay(TimeSpan.FromSeconds(5)); // let the idle queues settle
                report.Add("AR lock", $"the service's lock: {BrokerArLock.Stripes} standing lock queues, idle", $"{await QueueMemoryMegabytesAsync() - memoryBefore:0.0} MB more memory in the broker's queue processes");
            }

            await MeasureAsync(report, "the service's lock: exclusive consumer on the AR's lock queue, channels reused", locks, async n =>
            {
                await (await arLock.AcquireAsync(4242, n, CancellationToken.None)).DisposeAsync();
            });
        }

        await using var cleanup = await connection.CreateChannelAsync();
        for (var stripe = 0; stripe < BrokerArLock.Stripes; stripe++)
        {
            await cleanup.QueueDeleteAsync(BrokerArLock.QueueName(prefix, stripe));
        }
    }

    // "queue_procs: 43.5792 mb (12.77%)" from rabbitmq-diagnostics memory_breakdown: memory of all queue processes.
    private static async Task<double> QueueMemoryMegabytesAsync()
    {
        using var breakdown = Process.Start(new ProcessStartInfo("rabbitmq-diagnostics", "-q memory_breakdown --unit mb") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await breakdown.StandardOutput.ReadToEndAsync();
        await breakdown.WaitForExitAsync();
        var line = output.Split('\n').First(l => l.StartsWith("queue_procs:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task MeasureAsync(Report report, string how, int locks, Func<int, Task> lockAndRelease)
    {
        var beam = Process.GetProcessesByName("beam.smp").Select(p => p.Id).FirstOrDefault();
        var before = ProcessCpu.Seconds(beam);
        var result = await LoadDriver.ClosedLoopAsync(async n =>
        {
            await lockAndRelease(n);
            return true;
        }, 16, locks);
        var cpu = ProcessCpu.Seconds(beam) - before;
        report.Add("AR lock", how, $"{cpu / locks * 1000:0.00} ms broker CPU per lock; {locks / result.Elapsed.TotalSeconds:0}/s, p50 {result.Percentile(50):0.0} ms, p99 {result.Percentile(99):0.0} ms");
    }

    private sealed class ChannelPool(IConnection connection)
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<IChannel> _idle = [];

        public async Task<IChannel> RentAsync() => _idle.TryTake(out var channel) ? channel : await connection.CreateChannelAsync();

        public void Return(IChannel channel) => _idle.Add(channel);
    }
}
