using System.Collections.Concurrent;
using System.Diagnostics;

namespace SalesOpsAr.Benchmarks;

/// <summary>Sends requests like GitLab does, closed-loop (N connections flat out) or open-loop (a fixed rate).</summary>
internal static class LoadDriver
{
    public static Task<LoadResult> ClosedLoopAsync(Func<int, Task<bool>> send, int concurrency, TimeSpan duration) =>
        ClosedLoopAsync(send, concurrency, duration, int.MaxValue);

    /// <summary>N senders flat out until <paramref name="count"/> requests are done.</summary>
    public static Task<LoadResult> ClosedLoopAsync(Func<int, Task<bool>> send, int concurrency, int count) =>
        ClosedLoopAsync(send, concurrency, TimeSpan.MaxValue, count);

    private static async Task<LoadResult> ClosedLoopAsync(Func<int, Task<bool>> send, int concurrency, TimeSpan duration, int count)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= count)
                {
                    break;
                }

                var started = Stopwatch.GetTimestamp();
                var ok = await send(n);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return new LoadResult(latencies.ToArray(), errors, clock.Elapsed);
    }

    /// <summary>Starts one request every 1/rate seconds whatever the answers do; latency counts from the planned start.</summary>
    public static async Task<LoadResult> OpenLoopAsync(Func<int, Task<bool>> send, int perSecond, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var total = (int)(perSecond * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(total);
        for (var n = 0; n < total; n++)
        {
            var planned = TimeSpan.FromSeconds((double)n / perSecond);
            var wait = planned - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var index = n;
            inFlight.Add(Task.Run(async () =>
            {
                var ok = await send(index);
                latencies.Add((clock.Elapsed - planned).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }));
        }

        await Task.WhenAll(inFlight);
        return new LoadResult(latencies.ToArray(), errors, clock.Elapsed);
    }
}
