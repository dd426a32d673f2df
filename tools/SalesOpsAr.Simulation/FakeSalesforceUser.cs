namespace SalesOpsAr.Simulation;

/// <summary>A Salesforce <c>User</c> held by <see cref="FakeSalesforce"/>, with the licence its profile consumes.</summary>
public sealed record FakeSalesforceUser(string Id, string Username, string Name, string Licence, bool IsActive, DateTimeOffset? LastLoginDate, string Profile = "Standard User")
{
    /// <summary>The user's e-mail address when it is not the username (users the bot created).</summary>
    public string? Address { get; init; }

    public string Email => Address ?? Username;
}
