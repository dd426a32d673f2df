namespace SalesOpsAr.Worker.Contracts;

/// <summary>An active Salesforce user who has not logged in for the idle days (or never): a seat perhaps free to take back.</summary>
public sealed record IdleUser(string Name, string Username, string? Licence, DateTimeOffset? LastLogin);
