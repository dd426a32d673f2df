namespace SalesOpsAr.Salesforce.Api;

/// <summary>
/// What one seat read asks besides the licences, still in its one composite call: the profiles' licences, the users
/// behind some addresses (at most <see cref="MaxEmails"/>) and, when <see cref="IdleDays"/> is set, the idle users per licence.
/// </summary>
public sealed record SalesforceSeatQuery
{
    /// <summary>The licences alone.</summary>
    public static SalesforceSeatQuery SeatsOnly { get; } = new() { Profiles = false };

    /// <summary>The most addresses one read looks up (the query stays far below SOQL's 100,000 characters).</summary>
    public const int MaxEmails = 200;

    public IReadOnlyCollection<string> Emails { get; init; } = [];

    public bool Profiles { get; init; } = true;

    public int? IdleDays { get; init; }
}
