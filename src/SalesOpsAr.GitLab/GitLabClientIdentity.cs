namespace SalesOpsAr.GitLab;

/// <summary>How the client names itself: the meter its call counts go to, and its <c>User-Agent</c>.</summary>
public sealed record GitLabClientIdentity(string MeterName, string UserAgent);
