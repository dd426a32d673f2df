using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>
/// Event storms on one AR cost O(1) GitLab calls per <see cref="ReconcilerOptions.ArInterval"/>. Reconciling is
/// level-triggered: it reads the AR fresh, so a message needs no read of its own when this process will read the AR,
/// or did, after the message was received. Such a message is acknowledged with no GitLab call:
/// <list type="bullet">
/// <item>when another message of the AR waits in this process to read it: that read begins after now, and takes this
/// message's hints with its own (an open, close or reopen never joins: it reads on its own); or</item>
/// <item>when a read of the AR began after the message was received (with a margin for clock skew between the
/// receiver that stamped it and this process) and the read recovers all the message says (no assignment, label or
/// newly open task, which tell new work from a person's decision).</item>
/// </list>
/// Reads of one AR are at least <see cref="ReconcilerOptions.ArInterval"/> apart; messages arriving meanwhile join
/// the one waiting. Per process: several reconcilers each coalesce what they take.
/// </summary>
internal sealed class ArCoalescer(TimeProvider clock, IOptions<ReconcilerOptions> options)
{
    /// <summary>How far apart the clocks of a receiver and a reconciler may be.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(2);

    /// <summary>ARs remembered before the ones long unread are forgotten.</summary>
    internal const int Capacity = 100_000;

    private readonly ConcurrentDictionary<(long ProjectId, long Iid), Entry> _entries = new();
    private DateTimeOffset _lastTrim;

    internal int Remembered => _entries.Count;

    private TimeSpan Interval => options.Value.ArInterval;

    private TimeProvider Clock => clock;

    private DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>True when the message needs no read of its own (see the class summary); its hints then go with the waiting read.</summary>
    public bool Covers(ArChanged message, ArHints hints)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(hints);
        if (hints.Action is EventAction.Open or EventAction.Close or EventAction.Reopen
            || !_entries.TryGetValue((message.ProjectId, message.Iid), out var entry))
        {
            return false;
        }

        lock (entry)
        {
            if (entry.Waiting > 0)
            {
                entry.Joined = entry.Joined.Join(hints);
                return true;
            }

            return hints.ReadRecoversAll && message.ReceivedAt != default && message.ReceivedAt + ClockSkew < entry.LastReadAt;
        }
    }

    /// <summary>Marks a message as waiting to read the AR; others arriving meanwhile join it. Dispose when done.</summary>
    public Turn Wait(long projectId, long iid)
    {
        var entry = _entries.GetOrAdd((projectId, iid), _ => new Entry());
        lock (entry)
        {
            entry.Waiting++;
        }

        Trim();
        return new Turn(this, entry);
    }

    // Over capacity, forget ARs not read for a minute; at most once a minute, so a burst of more distinct ARs than
    // the capacity costs one scan a minute, not one per message.
    private void Trim()
    {
        var now = Now;
        if (_entries.Count <= Capacity || now - _lastTrim < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastTrim = now;

        var stale = now - Interval - ClockSkew - TimeSpan.FromMinutes(1);
        foreach (var (key, entry) in _entries)
        {
            lock (entry)
            {
                if (entry.Waiting == 0 && entry.LastReadAt < stale)
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
    }

    internal sealed class Entry
    {
        public DateTimeOffset LastReadAt { get; set; }
        public int Waiting { get; set; }
        public ArHints Joined { get; set; } = ArHints.None;
    }

    /// <summary>A message's turn at the AR: wait for the interval, then read.</summary>
    internal sealed class Turn(ArCoalescer owner, Entry entry) : IDisposable
    {
        private bool _done;

        /// <summary>
        /// Waits until the AR's last read is an interval old, then marks this read as begun (now).
        /// </summary>
        /// <returns>The hints of the messages that joined this read (<see cref="ArHints.None"/> when none did).</returns>
        public async Task<ArHints> ReadingAsync(CancellationToken cancellationToken)
        {
            DateTimeOffset next;
            lock (entry)
            {
                next = entry.LastReadAt + owner.Interval;
            }

            var wait = next - owner.Now;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, owner.Clock, cancellationToken);
            }

            lock (entry)
            {
                entry.LastReadAt = owner.Now;
                var joined = entry.Joined;
                entry.Joined = ArHints.None;
                Leave();
                return joined;
            }
        }

        public void Dispose()
        {
            lock (entry)
            {
                Leave();
            }
        }

        private void Leave()
        {
            if (!_done)
            {
                _done = true;
                entry.Waiting--;
            }
        }
    }
}
