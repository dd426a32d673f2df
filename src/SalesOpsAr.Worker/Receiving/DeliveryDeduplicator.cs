using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Receiving;

/// <summary>
/// Remembers recently queued deliveries by Idempotency-Key so a re-sent delivery is not queued twice.
/// Only a saving: the reconciler is idempotent, so a duplicate that slips past (another replica,
/// a restart) costs one GitLab read and changes nothing.
/// </summary>
internal sealed class DeliveryDeduplicator(TimeProvider clock, IOptions<ReceiverOptions> options)
{
    private const int MaxRemembered = 100_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public bool WasQueued(string deliveryId) =>
        _seen.TryGetValue(deliveryId, out var until) && until > clock.GetUtcNow();

    public void MarkQueued(string deliveryId)
    {
        var now = clock.GetUtcNow();
        if (_seen.Count >= MaxRemembered)
        {
            foreach (var (key, until) in _seen)
            {
                if (until <= now)
                {
                    _seen.TryRemove(key, out _);
                }
            }

            if (_seen.Count >= MaxRemembered)
            {
                _seen.Clear();
            }
        }

        _seen[deliveryId] = now + options.Value.DuplicateWindow;
    }
}
