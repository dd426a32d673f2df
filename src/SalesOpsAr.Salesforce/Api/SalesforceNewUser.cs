using System.Text.Json.Serialization;

namespace SalesOpsAr.Salesforce.Api;

/// <summary>A <c>User</c> to create: the fields Salesforce requires, and a role when one is mapped.</summary>
public sealed record SalesforceNewUser
{
    public required string Username { get; init; }
    public required string Email { get; init; }
    public string? FirstName { get; init; }
    public required string LastName { get; init; }

    /// <summary>At most 8 characters.</summary>
    public required string Alias { get; init; }

    public required string ProfileId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserRoleId { get; init; }

    public required string TimeZoneSidKey { get; init; }
    public required string LocaleSidKey { get; init; }
    public string EmailEncodingKey { get; init; } = "UTF-8";
    public string LanguageLocaleKey { get; init; } = "en_US";
}
