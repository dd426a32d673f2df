namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// "AR <see cref="Iid"/> of project <see cref="ProjectId"/> may have changed": the reconciler reads it fresh
/// from GitLab. The rest are hints and tracing ids. Plain fields only: this is what receivers and reconcilers
/// of different versions share on the broker.
/// </summary>
public sealed record ArChanged
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>The delivery's Idempotency-Key (or a hash of its body), for logs and de-duplication.</summary>
    public string? DeliveryId { get; init; }

    /// <summary>GitLab's <c>X-Gitlab-Event-UUID</c>, sent back on the API calls made for this event.</summary>
    public string? EventUuid { get; init; }

    /// <summary>What sent it: <c>issue</c> or <c>note</c> (a webhook), <c>sweep</c>.</summary>
    public string Source { get; init; } = "issue";

    /// <summary>GitLab's <c>object_attributes.action</c> (<c>open</c>, <c>update</c>, <c>close</c>, <c>reopen</c>), or <c>note</c>.</summary>
    public string? Action { get; init; }

    /// <summary>The event changed who is assigned.</summary>
    public bool AssigneesChanged { get; init; }

    /// <summary>How the event changed Sales Ops' tasks: <c>none</c>, <c>changed</c> (ticked, removed) or <c>reopened</c> (one newly open).</summary>
    public string? TaskChange { get; init; }

    /// <summary>A note event whose comment asks the bot for the runbook (<c>@bot runbook</c>).</summary>
    public bool RunbookAsked { get; init; }

    /// <summary>A note event's commands to the bot (<c>provision salesforce</c>, <c>verify</c>), as text; at most five.</summary>
    public IReadOnlyList<string> Commands { get; init; } = [];

    /// <summary>Who gave the <see cref="Commands"/> (the note's author).</summary>
    public string? CommandBy { get; init; }

    /// <summary>The note that gave the <see cref="Commands"/>: with the command's place, its key.</summary>
    public long? NoteId { get; init; }

    public IReadOnlyList<string> LabelsAdded { get; init; } = [];
    public IReadOnlyList<string> LabelsRemoved { get; init; } = [];
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The AR as the webhook showed it; set only when there is no token to read it from GitLab (dry-run).</summary>
    public ArChangedIssue? Issue { get; init; }
}
