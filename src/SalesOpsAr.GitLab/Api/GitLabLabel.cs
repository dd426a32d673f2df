namespace SalesOpsAr.GitLab.Api;

/// <summary>A project label as <c>GET /projects/:id/labels</c> returns it.</summary>
public sealed record GitLabLabel(long Id, string Name, string? Color = null, string? Description = null);
