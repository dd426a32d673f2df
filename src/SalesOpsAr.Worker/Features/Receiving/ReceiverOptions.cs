using System.ComponentModel.DataAnnotations;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>The <c>Receiver</c> section: limits of the webhook endpoint.</summary>
public sealed class ReceiverOptions
{
    public const string Section = "Receiver";

    /// <summary>GitLab's own cap on a webhook body: 25 MB. A legitimate Issue Hook (a 1,048,576-character description, old and new) can be several MB.</summary>
    public const int GitLabMaxBodyBytes = 25 * 1024 * 1024;

    /// <summary>Bodies over this many bytes are refused with 413; by default what GitLab itself may send.</summary>
    [Range(1024, GitLabMaxBodyBytes)]
    public int MaxBodyBytes { get; set; } = GitLabMaxBodyBytes;

    /// <summary>How long a delivery's Idempotency-Key is remembered, to drop re-sent duplicates.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The webhook's signing token as GitLab shows it (<c>whsec_…</c>, GitLab 19 and later): deliveries are then checked
    /// by their Standard Webhooks signature. Empty: none.
    /// </summary>
    public string SigningToken { get; set; } = "";

    /// <summary>With both a secret token (<c>GitLab:WebhookSecret</c>) and a signing token: either proves a delivery, or both must.</summary>
    public WebhookAuthentication Authentication { get; set; } = WebhookAuthentication.Either;
}
