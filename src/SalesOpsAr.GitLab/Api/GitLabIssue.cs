namespace SalesOpsAr.GitLab.Api;

/// <summary>An issue as <c>GET /projects/:id/issues/:iid</c> returns it (the fields the worker reads).</summary>
public sealed record GitLabIssue
{
    public long Id { get; init; }
    public long Iid { get; init; }
    public long ProjectId { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public string State { get; init; } = "opened";
    public IReadOnlyList<string> Labels { get; init; } = [];
    public IReadOnlyList<GitLabUser> Assignees { get; init; } = [];

    /// <summary>Who opened the issue (the requester).</summary>
    public GitLabUser? Author { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was closed; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    public string? WebUrl { get; init; }
    public int? UserNotesCount { get; init; }

    /// <summary>GitLab's <c>due_date</c> (a date, no time); null when none is set.</summary>
    public DateOnly? DueDate { get; init; }
}
