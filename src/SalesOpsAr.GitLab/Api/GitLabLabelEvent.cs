namespace SalesOpsAr.GitLab.Api;

/// <summary>One entry of <c>resource_label_events</c>: who added or removed which label, when.</summary>
public sealed record GitLabLabelEvent
{
    public long Id { get; init; }
    public GitLabUser? User { get; init; }
    /// <summary>Null when GitLab leaves it out: the event is then of no use to a clock.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    public GitLabLabelRef? Label { get; init; }

    /// <summary><c>add</c> or <c>remove</c>.</summary>
    public string Action { get; init; } = "";
}
