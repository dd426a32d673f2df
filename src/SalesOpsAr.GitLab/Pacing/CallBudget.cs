using System.Threading.RateLimiting;

namespace SalesOpsAr.GitLab.Pacing;

/// <summary>
/// The bot's API budget (<c>GitLab:CallsPerMinute</c>), one per process: a token bucket refilled evenly, a tenth of a
/// second's worth at a time, at 97% of the budget and with no burst allowance, so no sliding minute can exceed the
/// budget and GitLab never has to answer 429. Calls of a flow that <see cref="Yield"/>s (the trailing notes) wait
/// until no other call is queued for the budget, so they never delay a label edit; at most
/// <see cref="LongestYield"/>, so a budget that is always busy still lets them through.
/// </summary>
public sealed class CallBudget : IDisposable
{
    public static readonly TimeSpan LongestYield = TimeSpan.FromSeconds(30);

    private static readonly AsyncLocal<bool> Yielding = new();
    private readonly TimeProvider _clock;

    public CallBudget(int callsPerMinute, TimeProvider clock)
    {
        _clock = clock;
        var perMinute = Math.Max((int)(callsPerMinute * 0.97), 1);
        var tokensPerPeriod = Math.Max(1, perMinute / 600);
        Limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokensPerPeriod,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokensPerPeriod / perMinute,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public RateLimiter Limiter { get; }

    /// <summary>Calls waiting for the budget now.</summary>
    public long Queued => Limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>Marks the calls of this flow as yielding to every other call until disposed.</summary>
    public static IDisposable Yield()
    {
        var previous = Yielding.Value;
        Yielding.Value = true;
        return new Restore(previous);
    }

    internal static bool IsYielding => Yielding.Value;

    /// <summary>Waits until no call is queued for the budget (checked every 20 ms), or <see cref="LongestYield"/>.</summary>
    internal async Task WaitForLullAsync(CancellationToken cancellationToken)
    {
        var until = _clock.GetUtcNow() + LongestYield;
        while (Queued > 0 && _clock.GetUtcNow() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), _clock, cancellationToken);
        }
    }

    public void Dispose() => Limiter.Dispose();

    private sealed class Restore(bool previous) : IDisposable
    {
        public void Dispose() => Yielding.Value = previous;
    }
}
