using System.Text.Json;

namespace SalesOpsAr.GitLab.Api;

/// <summary>GitLab's JSON conventions: snake_case names, and dates in ISO 8601.</summary>
public static class GitLabJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
