namespace SalesOpsAr.Scim;

/// <summary>One system's SCIM service: its base address (the one <c>/Users</c> hangs from) and its bearer token.</summary>
public sealed class ScimSystemOptions
{
    /// <summary><c>https://idp.example.com/scim/v2</c>: <c>/Users</c> is appended.</summary>
    public string Url { get; set; } = "";

    public string Token { get; set; } = "";
}
