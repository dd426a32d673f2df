namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// "AR <see cref="Iid"/> is owed its runbook note": it entered In Progress (once in its life), or a team member asked
/// for it (<see cref="Asked"/>: once per request). Plain fields only.
/// </summary>
public sealed record RunbookOwed
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>A team member asked (<c>@bot runbook</c>): post it even when the AR has one already.</summary>
    public bool Asked { get; init; }

    /// <summary>Names the request in the note's marker, so a second attempt finds the note the first one posted.</summary>
    public string? ChangeKey { get; init; }

    /// <summary>The triggering event's <c>X-Gitlab-Event-UUID</c>, sent back on the calls.</summary>
    public string? EventUuid { get; init; }
}
