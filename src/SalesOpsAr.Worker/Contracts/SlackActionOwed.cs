namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// A click on a Slack button (#25), verified and acknowledged: the GitLab work follows on the AR events' queue. Only ids
/// travel: the AR is re-read before anything is done.
/// </summary>
public sealed record SlackActionOwed
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }

    /// <summary><c>take</c>, <c>snooze</c> or <c>provision</c>.</summary>
    public required string Action { get; init; }

    /// <summary>Who clicked (Slack's <c>user.id</c>), mapped to a GitLab user by configuration.</summary>
    public required string SlackUserId { get; init; }

    /// <summary>Where the message is updated (Slack's <c>response_url</c>, checked to be Slack's).</summary>
    public string? ResponseUrl { get; init; }

    /// <summary>Slack's id of the interaction (<c>trigger_id</c>): the key of what the click does, so a redelivery does nothing twice.</summary>
    public required string InteractionId { get; init; }
}
