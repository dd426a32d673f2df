namespace SalesOpsAr.Worker.Contracts;

/// <summary>An AR as an Issue Hook showed it, carried only when the reconciler cannot read GitLab (dry-run without a token).</summary>
public sealed record ArChangedIssue
{
    public string Title { get; init; } = "";
    public string? Description { get; init; }

    /// <summary><c>opened</c> or <c>closed</c>.</summary>
    public string State { get; init; } = "opened";

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Usernames, no @.</summary>
    public IReadOnlyList<string> Assignees { get; init; } = [];

    public string? Url { get; init; }

    /// <summary>The due date as the webhook gave it (<c>yyyy-MM-dd</c>); null when none.</summary>
    public string? DueDate { get; init; }
}
