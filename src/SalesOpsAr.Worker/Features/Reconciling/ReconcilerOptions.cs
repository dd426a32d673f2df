using System.ComponentModel.DataAnnotations;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>The <c>Reconciler</c> section.</summary>
public sealed class ReconcilerOptions
{
    public const string Section = "Reconciler";

    /// <summary>
    /// The least time between two reads of one AR in this process. Events for the AR arriving meanwhile are answered
    /// by the next read: a storm on one AR costs one read per interval, not one per event. 0: no pacing (only what
    /// arrived before a read is coalesced).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ArInterval { get; set; } = TimeSpan.FromSeconds(2);
}
