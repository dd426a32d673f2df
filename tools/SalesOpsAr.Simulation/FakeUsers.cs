namespace SalesOpsAr.Simulation;

/// <summary>Stable user ids for the usernames the tests use.</summary>
public static class FakeUsers
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase);

    public static void SetDisplayName(string username, string name) => Names[username] = name;

    public static string DisplayName(string username) => Names.GetValueOrDefault(username) ?? username;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<long, string> ById = new();

    public static long IdOf(string username)
    {
        var id = 1000 + (uint)StringComparer.OrdinalIgnoreCase.GetHashCode(username) % 100_000;
        ById.TryAdd(id, username);
        return id;
    }

    /// <summary>The username of an id handed out by <see cref="IdOf"/>; null for one never handed out (GitLab: no such user).</summary>
    public static string? NameOf(long id) => ById.GetValueOrDefault(id);
}
