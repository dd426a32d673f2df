using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// "AR <see cref="Iid"/> of project <see cref="ProjectId"/> may have changed": the reconciler reads it
/// fresh from GitLab. The rest are hints and tracing ids.
/// </summary>
public sealed record ArChanged
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>The delivery's Idempotency-Key (or a hash of its body), for logs and de-duplication.</summary>
    public string? DeliveryId { get; init; }

    /// <summary>GitLab's <c>X-Gitlab-Event-UUID</c>, sent back on the API calls made for this event.</summary>
    public string? EventUuid { get; init; }

    public string Source { get; init; } = "webhook";
    public EventAction Action { get; init; }
    public IReadOnlyList<string> LabelsAdded { get; init; } = [];
    public IReadOnlyList<string> LabelsRemoved { get; init; } = [];
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The AR as the webhook showed it; set only when there is no token to read it from GitLab (dry-run).</summary>
    public ArSnapshot? Snapshot { get; init; }

    public ArHints Hints => new() { Action = Action, LabelsAdded = LabelsAdded, LabelsRemoved = LabelsRemoved };
}
