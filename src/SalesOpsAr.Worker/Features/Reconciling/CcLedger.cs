using System.Collections.Concurrent;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>
/// The ARs this process has seen CC'd (every DRI mentioned in the description or a note), so their notes are read
/// for the CC once per process, not on every event. Bounded: past the capacity the oldest half is forgotten and read
/// again when next needed.
/// </summary>
internal sealed class CcLedger
{
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<(long, long), long> _ccd = new();
    private long _order;

    public bool IsCcd(long projectId, long iid) => _ccd.ContainsKey((projectId, iid));

    public void Record(long projectId, long iid)
    {
        _ccd[(projectId, iid)] = Interlocked.Increment(ref _order);
        if (_ccd.Count > Capacity)
        {
            var oldest = _ccd.OrderBy(kv => kv.Value).Take(Capacity / 2).Select(kv => kv.Key).ToList();
            foreach (var key in oldest)
            {
                _ccd.TryRemove(key, out _);
            }
        }
    }
}
