namespace SalesOpsAr.GitLab.Api;

/// <summary>A GitLab user as issues, notes and the users API return it.</summary>
public sealed record GitLabUser(long Id, string Username, string? Name = null);
