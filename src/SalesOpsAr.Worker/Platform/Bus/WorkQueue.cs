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

    /// <summary>
    /// No queue: the job is handed to its handler in the sender's process at once, best effort, lost with the process
    /// (the new-AR announcement: the CC's mention already made GitLab e-mail the DRIs, and Slack or SMTP must wait for
    /// neither the notes budget nor a broker).
    /// </summary>
    public static readonly WorkQueue InProcess = new("", Roles.None);

    /// <summary>The job never leaves the process that sends it.</summary>
    public bool IsInProcess => Name.Length == 0;

    /// <summary>Every queue the service declares, for the status page's depths.</summary>
    public static IReadOnlyList<WorkQueue> All { get; } = [ArChanged, Notes];
}
