namespace SalesOpsAr.Simulation;

/// <summary>A Salesforce <c>User</c> held by <see cref="FakeSalesforce"/>, with the licence its profile consumes.</summary>
public sealed record FakeSalesforceUser(string Id, string Username, string Name, string Licence, bool IsActive, DateTimeOffset? LastLoginDate, string Profile = "Standard User")
{
    public string Email => Username;
}
