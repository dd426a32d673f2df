namespace SalesOpsAr.GitLab.Api;

/// <summary>A list of an issue board: the label it shows, and its place from the left.</summary>
public sealed record GitLabBoardList(long Id, GitLabLabel? Label, int? Position);
