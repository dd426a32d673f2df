namespace SalesOpsAr.GitLab.Api;

/// <summary>The label a label event is about.</summary>
public sealed record GitLabLabelRef(long Id, string Name);
