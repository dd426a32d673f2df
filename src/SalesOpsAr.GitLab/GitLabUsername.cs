namespace SalesOpsAr.GitLab;

/// <summary>The form of a GitLab username: letters, digits, <c>_</c>, <c>.</c> and <c>-</c>, without the <c>@</c>.</summary>
public static class GitLabUsername
{
    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-');
}
