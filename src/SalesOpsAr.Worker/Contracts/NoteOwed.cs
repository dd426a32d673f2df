namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// "The bot owes AR <see cref="Iid"/> this note": the explanation of a label edit already made, and the CC. Notes
/// have their own GitLab limit, so they trail the label edits on a queue of their own. Plain fields only, as
/// <see cref="ArChanged"/>.
/// </summary>
public sealed record NoteOwed
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary>One sentence per change (the plan's reasons).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The DRIs to CC (usernames); re-checked against the AR's notes just before posting.</summary>
    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>The state the edit left (<c>ActionNeeded</c>…), for the note's marker; null for none.</summary>
    public string? To { get; init; }

    /// <summary>Names the change in the note's marker, so a second attempt finds a note the first one posted.</summary>
    public string? ChangeKey { get; init; }

    /// <summary>The AR's message was a retry: an earlier attempt may have owed (and posted) this note already.</summary>
    public bool CheckPosted { get; init; }

    /// <summary>The note is only the CC ("CC'ing the provisioning DRIs"): nothing to say once they are CC'd.</summary>
    public bool CcOnly { get; init; }

    /// <summary>After a CC, tell the DRIs about the new AR on Slack and email too.</summary>
    public bool AnnounceNewAr { get; init; }

    /// <summary>The runbook note is owed too (<see cref="Assisting.RunbookWriter"/>): the AR entered In Progress, or it was asked for.</summary>
    public bool Runbook { get; init; }

    /// <summary>A bulk AR's tasks changed: bring its runbook note's progress per person up to date (an edit, no new note).</summary>
    public bool RunbookProgress { get; init; }

    /// <summary>A team member asked for the runbook: post it even when the AR has one already.</summary>
    public bool RunbookAsked { get; init; }

    public string Title { get; init; } = "";
    public string? WebUrl { get; init; }

    /// <summary>The triggering event's <c>X-Gitlab-Event-UUID</c>, sent back on the calls.</summary>
    public string? EventUuid { get; init; }

    /// <summary>When the reconciler decided the note.</summary>
    public DateTimeOffset OwedAt { get; init; }
}
