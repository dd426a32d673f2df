namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>
/// The operator's mapping from an AR's words to Salesforce's values: the region to a time zone and locale, the job
/// title to a role, and the username's form. Documented defaults: <c>America/Los_Angeles</c>, <c>en_US</c>, the
/// e-mail address as the username.
/// </summary>
public sealed record ProvisioningMap
{
    public string DefaultTimeZone { get; init; } = "America/Los_Angeles";
    public string DefaultLocale { get; init; } = "en_US";

    /// <summary>Region word (any case) → (TimeZoneSidKey, LocaleSidKey): <c>EMEA</c> → <c>Europe/London</c>, <c>en_GB</c>.</summary>
    public IReadOnlyDictionary<string, (string TimeZone, string Locale)> Regions { get; init; } =
        new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Job title (any case) → the <c>UserRole</c>'s name; a title not mapped gets no role.</summary>
    public IReadOnlyDictionary<string, string> Roles { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Appended to the e-mail address to make the username (<c>.sandbox</c> in a sandbox org); empty: the address itself.</summary>
    public string UsernameSuffix { get; init; } = "";
}
