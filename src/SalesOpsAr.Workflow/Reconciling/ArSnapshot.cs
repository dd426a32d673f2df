namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>An access request as it is now: the rules' only view of GitLab.</summary>
public sealed record ArSnapshot
{
    public required long ProjectId { get; init; }
    public required long Iid { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public bool IsOpen { get; init; } = true;
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Assignee usernames (no @).</summary>
    public IReadOnlyList<string> Assignees { get; init; } = [];

    /// <summary>Notes written by people or bots (not system notes); null when unknown.</summary>
    public int? UserNotesCount { get; init; }

    public string? WebUrl { get; init; }

    /// <summary>The due date; null when none is set.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>When the AR was opened; null when unknown.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Who opened the AR (username, no @); null when unknown.</summary>
    public string? Author { get; init; }
}
