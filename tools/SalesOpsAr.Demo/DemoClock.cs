namespace SalesOpsAr.Demo;

/// <summary>
/// The demo's clock: real time from a chosen start, which the script moves on in jumps (an hour, a day) so the sweep
/// sees ARs age. Timers run in real time (the base provider's), so the service's waits still pass.
/// </summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = System.GetTimestamp();
    private TimeSpan _jumped;

    public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_started) + _jumped;

    /// <summary>Moves the clock on to <paramref name="at"/> (never back).</summary>
    public void JumpTo(DateTimeOffset at)
    {
        var ahead = at - GetUtcNow();
        if (ahead > TimeSpan.Zero)
        {
            _jumped += ahead;
        }
    }
}
