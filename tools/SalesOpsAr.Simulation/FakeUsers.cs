namespace SalesOpsAr.Simulation;

/// <summary>Stable user ids for the usernames the tests use.</summary>
public static class FakeUsers
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase);

    public static void SetDisplayName(string username, string name) => Names[username] = name;

    public static string DisplayName(string username) => Names.GetValueOrDefault(username) ?? username;

    public static long IdOf(string username) => 1000 + (uint)StringComparer.OrdinalIgnoreCase.GetHashCode(username) % 100_000;
}
