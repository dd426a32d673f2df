namespace SalesOpsAr.Worker.Sweeping;

/// <summary>When this process last swept (in memory: after a restart the first sweep heals everything).</summary>
internal sealed class SweepState
{
    private long _lastStartTicks = -1;

    public DateTimeOffset? LastStart
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastStartTicks);
            return ticks < 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }

        set => Interlocked.Exchange(ref _lastStartTicks, value?.UtcTicks ?? -1);
    }
}
