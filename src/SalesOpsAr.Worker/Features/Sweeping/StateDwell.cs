using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>
/// How long ARs stay in each state, as the sweeper sees them sweep after sweep (in its memory): an AR seen entering a
/// state (new, or in another state than at the previous sweep) and later seen in another state, or gone from the open
/// board (closed), stayed that long — to within one <c>Sweep__Interval</c>. An AR already in its state at the
/// process's first sweep is not measured until its next state: when it entered is not known.
/// </summary>
internal sealed class StateDwell
{
    private readonly Lock _gate = new();
    private Dictionary<(long ProjectId, long Iid), (ArState State, DateTimeOffset Since, bool Entered)>? _seen;

    /// <summary>The stays that ended since the previous sweep: the state, when it was entered and when it was left.</summary>
    public IReadOnlyList<(ArState State, DateTimeOffset From, DateTimeOffset To)> Observe(IEnumerable<OpenAr> board, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(board);
        lock (_gate)
        {
            var first = _seen is null;
            var previous = _seen ?? [];
            var current = new Dictionary<(long ProjectId, long Iid), (ArState State, DateTimeOffset Since, bool Entered)>();
            var ended = new List<(ArState, DateTimeOffset, DateTimeOffset)>();
            foreach (var ar in board)
            {
                var key = (ar.ProjectId, ar.Iid);
                if (previous.Remove(key, out var was) && was.State == ar.State)
                {
                    current[key] = was;
                    continue;
                }

                if (was.Entered && was.State != ar.State)
                {
                    ended.Add((was.State, was.Since, now));
                }

                current[key] = (ar.State, now, Entered: !first);
            }

            ended.AddRange(previous.Values.Where(v => v.Entered).Select(v => (v.State, v.Since, now))); // closed or gone
            _seen = current;
            return ended;
        }
    }
}
