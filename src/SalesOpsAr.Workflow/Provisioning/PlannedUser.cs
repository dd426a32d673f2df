namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>
/// The Salesforce <c>User</c> the bot would create for one person of an AR, and what stops it (missing or ambiguous
/// values, said in words). Every value comes from the AR's text or the operator's mapping.
/// </summary>
public sealed record PlannedUser
{
    public required string Person { get; init; }
    public string? Email { get; init; }
    public string? Username { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Alias { get; init; }
    public string? Profile { get; init; }
    public string? Role { get; init; }
    public required string TimeZone { get; init; }
    public required string Locale { get; init; }

    /// <summary>Why this user cannot be created as planned; empty when it can.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public bool Ready => Problems.Count == 0;

    /// <summary>A user of this username found in the system (looked up when the plan is shown).</summary>
    public ExistingUser Existing { get; init; }
}
