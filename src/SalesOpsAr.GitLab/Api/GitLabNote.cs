namespace SalesOpsAr.GitLab.Api;

/// <summary>A note (comment or system note) on an issue.</summary>
public sealed record GitLabNote
{
    public long Id { get; init; }
    /// <summary>Null when GitLab sends none.</summary>
    public string? Body { get; init; }
    public GitLabUser? Author { get; init; }
    public bool System { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}
