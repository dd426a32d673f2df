using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>
/// A durable queue of jobs: its name (the entity prefix goes before it), the role whose processes consume it, and how
/// many of its messages one process handles at once (null: <c>Transport:ConcurrentMessageLimit</c>).
/// </summary>
internal sealed record WorkQueue(string Name, Roles ConsumedBy, int? ConcurrentMessageLimit = null, int? PrefetchCount = null)
{
    /// <summary>"AR X may have changed": webhooks and the Slack buttons put their events here for the reconcilers.</summary>
    public static readonly WorkQueue ArChanged = new("salesopsar-ar-changed", Roles.Reconciler);

    /// <summary>
    /// What the bot owes an AR in writing (a plan's note, the runbook note, its progress, an announcement): a few at a time,
    /// since the notes budget paces them anyway and a note waiting for its slot holds its message unacknowledged.
    /// </summary>
    public static readonly WorkQueue Notes = new("salesopsar-notes", Roles.Reconciler, ConcurrentMessageLimit: 4, PrefetchCount: 4);

    /// <summary>Every queue the service declares, for the status page's depths.</summary>
    public static IReadOnlyList<WorkQueue> All { get; } = [ArChanged, Notes];
}
