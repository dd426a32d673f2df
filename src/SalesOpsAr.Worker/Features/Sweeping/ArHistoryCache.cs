using System.Collections.Concurrent;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.History;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>Per-process memory of AR histories, valid while the issue's <c>updated_at</c> and state are unchanged.</summary>
internal sealed class ArHistoryCache
{
    private readonly ConcurrentDictionary<(long, long), ((DateTimeOffset, ArState) Stamp, ArHistory History)> _entries = new();

    public bool TryGet((long, long) key, (DateTimeOffset, ArState) stamp, out ArHistory history)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Stamp == stamp)
        {
            history = entry.History;
            return true;
        }

        history = null!;
        return false;
    }

    public void Set((long, long) key, (DateTimeOffset, ArState) stamp, ArHistory history) => _entries[key] = (stamp, history);

    public void Forget((long, long) key) => _entries.TryRemove(key, out _);
}
