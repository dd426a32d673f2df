namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>The Salesforce connector's settings for a service on <see cref="FakeSalesforce"/>, its key in a file of its own.</summary>
internal sealed class SalesforceSettings : IDisposable
{
    private readonly FakeSalesforce _salesforce;

    public SalesforceSettings(FakeSalesforce salesforce)
    {
        _salesforce = salesforce;
        File.WriteAllText(KeyFile, salesforce.PrivateKeyPem);
    }

    public string KeyFile { get; } = Path.Combine(Path.GetTempPath(), $"sf-key-{Guid.NewGuid():N}.pem");

    public Dictionary<string, string?> Apply(Dictionary<string, string?> settings)
    {
        settings["Salesforce:Flow"] = "JwtBearer";
        settings["Salesforce:LoginUrl"] = _salesforce.Url;
        settings["Salesforce:Audience"] = FakeSalesforce.Audience;
        settings["Salesforce:AllowHttp"] = "true";
        settings["Salesforce:ClientId"] = FakeSalesforce.ClientId;
        settings["Salesforce:Username"] = FakeSalesforce.Username;
        settings["Salesforce:KeyFile"] = KeyFile;
        settings["Salesforce:MaxRetries"] = "0";
        return settings;
    }

    public void Dispose() => File.Delete(KeyFile);
}
