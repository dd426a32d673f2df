using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>
/// Remembers recently queued deliveries by Idempotency-Key so a re-sent delivery is not queued twice.
/// Only a saving: the reconciler is idempotent, so a duplicate that slips past (another replica,
/// a restart) costs one GitLab read and changes nothing.
/// </summary>
/// <remarks>
/// Keys expire in the order they were queued (the window is the same for all), so a queue in that order
/// finds the expired ones at its head: each call does constant work on average, whatever is remembered.
/// Past <see cref="Capacity"/> keys, or <see cref="MaxBytes"/> of them, the oldest are forgotten first. One short
/// lock, never held across I/O. Keys are at most <see cref="DeliveryIds.MaxKeyLength"/> characters (longer ones are hashed).
/// </remarks>
internal sealed class DeliveryDeduplicator(
    TimeProvider clock, IOptions<ReceiverOptions> options, int capacity = DeliveryDeduplicator.DefaultCapacity, long maxBytes = DeliveryDeduplicator.DefaultMaxBytes)
{
    public const int DefaultCapacity = 100_000;

    /// <summary>16 MiB: 100,000 keys of a UUID's length take about 12 MB.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    // A key's cost: its characters, twice (dictionary and queue share the string, but count it as if not), and the entries around it.
    private const int EntryOverhead = 64;

    private long _bytes;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Until)> _byExpiry = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public long MaxBytes { get; } = maxBytes > 0 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes));

    /// <summary>What the remembered keys cost now, as counted against <see cref="MaxBytes"/>.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>How many keys are remembered now (expired ones included until the next call prunes them).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _until.Count;
            }
        }
    }

    public bool WasQueued(string deliveryId)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            return _until.TryGetValue(deliveryId, out var until) && until > now;
        }
    }

    public void MarkQueued(string deliveryId)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.DuplicateWindow;
        lock (_gate)
        {
            _until[deliveryId] = until;
            _byExpiry.Enqueue((deliveryId, until));
            _bytes += Cost(deliveryId);
            while (_byExpiry.TryPeek(out var oldest) && (oldest.Until <= now || _byExpiry.Count > Capacity || _bytes > MaxBytes))
            {
                _byExpiry.Dequeue();
                _bytes -= Cost(oldest.Key);
                // A key queued again later has a later expiry in the dictionary: only its last entry removes it.
                if (_until.TryGetValue(oldest.Key, out var current) && current == oldest.Until)
                {
                    _until.Remove(oldest.Key);
                }
            }
        }
    }

    private static long Cost(string key) => (2L * key.Length) + EntryOverhead;
}
