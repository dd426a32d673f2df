using System.Diagnostics.Metrics;

namespace SalesOpsAr.GitLab.Pacing;

/// <summary>
/// Counts the GitLab API calls this process made (every attempt, retries included), by endpoint and
/// status, and keeps GitLab's last <c>RateLimit-Remaining</c>. Exported on the caller's meter.
/// </summary>
public sealed class GitLabCallMeter : IDisposable
{
    private readonly AsyncLocal<CallCount?> _current = new();
    private readonly Meter _meter;
    private readonly Counter<long> _counter;
    private long _total;
    private long _rateLimitRemaining = -1;

    public GitLabCallMeter(IMeterFactory meters, GitLabClientIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(identity);
        _meter = meters.Create(identity.MeterName);
        _counter = _meter.CreateCounter<long>("salesopsar.gitlab.calls", description: "GitLab API calls (attempts), by endpoint and status");
        _meter.CreateObservableGauge("salesopsar.gitlab.ratelimit_remaining", () => Interlocked.Read(ref _rateLimitRemaining),
            description: "RateLimit-Remaining of GitLab's last answer (-1: not seen yet)");
    }

    /// <summary>All attempts so far (the sweep reports its share).</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>GitLab's last <c>RateLimit-Remaining</c>, or -1 when no answer carried one yet.</summary>
    public long RateLimitRemaining => Interlocked.Read(ref _rateLimitRemaining);

    /// <summary>
    /// Starts counting the calls made from here on in this async flow (and the tasks it starts), not the ones other
    /// work in the process makes meanwhile: a sweep's own cost. Dispose it to stop.
    /// </summary>
    public CallCount Count()
    {
        var count = new CallCount(_current.Value, previous => _current.Value = previous);
        _current.Value = count;
        return count;
    }

    public void Record(string endpoint, int status, long? rateLimitRemaining)
    {
        Interlocked.Increment(ref _total);
        for (var count = _current.Value; count is not null; count = count.Outer)
        {
            count.Add();
        }

        _counter.Add(1, new KeyValuePair<string, object?>("endpoint", endpoint), new KeyValuePair<string, object?>("status", status));
        if (rateLimitRemaining is { } remaining)
        {
            Interlocked.Exchange(ref _rateLimitRemaining, remaining);
        }
    }

    public void Dispose() => _meter.Dispose();
}
