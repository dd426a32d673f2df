namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The local day the digest last went out (in memory; see docs/sweep.md for restarts).</summary>
internal sealed class DigestState
{
    private readonly Lock _gate = new();
    private DateOnly? _lastSent;

    /// <summary>True once per day: the first caller on <paramref name="day"/> claims it.</summary>
    public bool TryClaim(DateOnly day)
    {
        lock (_gate)
        {
            if (_lastSent == day)
            {
                return false;
            }

            _lastSent = day;
            return true;
        }
    }
}
