namespace SalesOpsAr.GitLab.Api;

/// <summary>A project label as <c>GET /projects/:id/labels</c> returns it.</summary>
public sealed record GitLabLabel(long Id, string Name, string? Color = null, string? Description = null)
{
    /// <summary>GitLab's <c>is_project_label</c>: false for a label inherited from a group; null when not said.</summary>
    public bool? IsProjectLabel { get; init; }
}
