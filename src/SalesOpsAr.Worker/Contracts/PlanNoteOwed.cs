namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// "The bot owes AR <see cref="Iid"/> the note that explains a label edit already made" (and the CC). Notes have their
/// own GitLab limit, so they trail the label edits on a queue of their own. What is owed after the note rides along
/// (<see cref="Runbook"/>, <see cref="Announcement"/>) and is sent on once the note is there, so it follows the note.
/// Plain fields only: this is what reconcilers of different versions share on the broker.
/// </summary>
public sealed record PlanNoteOwed
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

    /// <summary>Sent on once the CC is posted: the new AR told on Slack and e-mail too. Null when none is owed.</summary>
    public NewArAnnouncement? Announcement { get; init; }

    /// <summary>Sent on once the note is there: the runbook note it leads to. Null when none is owed.</summary>
    public RunbookOwed? Runbook { get; init; }

    /// <summary>The triggering event's <c>X-Gitlab-Event-UUID</c>, sent back on the calls.</summary>
    public string? EventUuid { get; init; }

    /// <summary>When the reconciler decided the note.</summary>
    public DateTimeOffset OwedAt { get; init; }
}
