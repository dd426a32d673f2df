namespace SalesOpsAr.GitLab.Api;

/// <summary>An issue board as <c>GET /projects/:id/boards</c> returns it: its label lists (not the Open and Closed lists).</summary>
public sealed record GitLabBoard(long Id, string? Name, IReadOnlyList<GitLabBoardList>? Lists = null);
