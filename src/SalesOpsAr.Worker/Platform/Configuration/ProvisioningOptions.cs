using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>
/// The <c>Provisioning</c> section (#24): how an AR's words become Salesforce's values in the plan the bot shows
/// (<c>Provisioning__Regions__EMEA__TimeZone=Europe/London</c>, <c>…__Locale=en_GB</c>,
/// <c>Provisioning__Roles__Account Executive=AE - West</c>, <c>Provisioning__UsernameSuffix=.uat</c>).
/// </summary>
public sealed class ProvisioningOptions
{
    public const string Section = "Provisioning";

    public string DefaultTimeZone { get; set; } = "America/Los_Angeles";
    public string DefaultLocale { get; set; } = "en_US";
    public Dictionary<string, RegionOptions> Regions { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string UsernameSuffix { get; set; } = "";

    public ProvisioningMap ToMap() => new()
    {
        DefaultTimeZone = DefaultTimeZone,
        DefaultLocale = DefaultLocale,
        Regions = Regions.ToDictionary(r => r.Key, r => (r.Value.TimeZone, r.Value.Locale), StringComparer.OrdinalIgnoreCase),
        Roles = new Dictionary<string, string>(Roles, StringComparer.OrdinalIgnoreCase),
        UsernameSuffix = UsernameSuffix,
    };
}
