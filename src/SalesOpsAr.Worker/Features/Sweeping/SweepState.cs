using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>When this process last swept (in memory: after a restart the first sweep heals everything).</summary>
internal sealed class SweepState(IOptions<SweepOptions> sweep)
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

    /// <summary>ARs updated since then are healed; null: heal every AR (no earlier sweep in this process).</summary>
    public DateTimeOffset? HealSince => LastStart - sweep.Value.HealMargin;
}
