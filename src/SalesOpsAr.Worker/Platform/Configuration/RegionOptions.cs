namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>A region's Salesforce time zone (<c>TimeZoneSidKey</c>) and locale (<c>LocaleSidKey</c>).</summary>
public sealed class RegionOptions
{
    public string TimeZone { get; set; } = "";
    public string Locale { get; set; } = "";
}
