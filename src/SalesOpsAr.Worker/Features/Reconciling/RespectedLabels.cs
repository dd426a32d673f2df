using System.Collections.Concurrent;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>Remembers which ARs' own Sales Ops labels (<c>SalesOpsAR::Blocked</c>) were already logged, so it is said once.</summary>
internal sealed class RespectedLabels
{
    private readonly ConcurrentDictionary<(long, long, string), byte> _said = new();

    /// <summary>True the first time for this AR and label.</summary>
    public bool FirstTime(long projectId, long iid, string label) => _said.TryAdd((projectId, iid, label), 0) && _said.Count < 100_000;
}
