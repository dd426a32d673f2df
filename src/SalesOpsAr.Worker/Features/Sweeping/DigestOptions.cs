using System.ComponentModel.DataAnnotations;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The <c>Sweep:Digest</c> section: a daily overview to Slack and the team addresses.</summary>
public sealed class DigestOptions
{
    /// <summary>Local time (calendar time zone) from which the first sweep of a business day sends it; empty ⇒ off.</summary>
    public TimeOnly? At { get; set; }

    /// <summary>How many of the oldest open ARs to list.</summary>
    [Range(1, 100)]
    public int Oldest { get; set; } = 5;
}
