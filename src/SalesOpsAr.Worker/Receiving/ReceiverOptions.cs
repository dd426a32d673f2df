using System.ComponentModel.DataAnnotations;

namespace SalesOpsAr.Worker.Receiving;

/// <summary>The <c>Receiver</c> section: limits of the webhook endpoint.</summary>
public sealed class ReceiverOptions
{
    public const string Section = "Receiver";

    /// <summary>Bodies over this many bytes are refused with 413 (GitLab's own cap is 25 MB).</summary>
    [Range(1024, 25 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a delivery's Idempotency-Key is remembered, to drop re-sent duplicates.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);
}
