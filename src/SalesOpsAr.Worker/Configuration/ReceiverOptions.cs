namespace SalesOpsAr.Worker.Configuration;

/// <summary>The <c>Receiver</c> section: limits of the webhook endpoint.</summary>
public sealed class ReceiverOptions
{
    public const string Section = "Receiver";

    /// <summary>Bodies over this many bytes are refused with 413 (GitLab's own cap is 25 MB).</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a delivery's Idempotency-Key is remembered, to drop re-sent duplicates.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);
}
