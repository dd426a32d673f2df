namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>Stable user ids for the usernames the tests use.</summary>
public static class FakeUsers
{
    public static long IdOf(string username) => 1000 + (uint)StringComparer.OrdinalIgnoreCase.GetHashCode(username) % 100_000;
}
