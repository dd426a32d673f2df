using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Salesforce;
using SalesOpsAr.Salesforce.Api;

namespace SalesOpsAr.Salesforce.Tests;

/// <summary>The client as the service registers it, signed in to a <see cref="FakeSalesforce"/> by either flow.</summary>
internal sealed class SalesforceConnection : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _keyFile;

    public SalesforceConnection(FakeSalesforce salesforce, SalesforceFlow flow = SalesforceFlow.JwtBearer, Action<Dictionary<string, string?>>? configure = null, TimeProvider? clock = null)
    {
        _keyFile = Path.Combine(Path.GetTempPath(), $"salesforce-key-{Guid.NewGuid():N}.pem");
        File.WriteAllText(_keyFile, salesforce.PrivateKeyPem);
        var settings = new Dictionary<string, string?>
        {
            ["Salesforce:Flow"] = flow.ToString(),
            ["Salesforce:LoginUrl"] = salesforce.Url,
            ["Salesforce:Audience"] = FakeSalesforce.Audience,
            ["Salesforce:AllowHttp"] = "true", // the fake listens on loopback without TLS
            ["Salesforce:ClientId"] = FakeSalesforce.ClientId,
            ["Salesforce:ClientSecret"] = flow == SalesforceFlow.ClientCredentials ? FakeSalesforce.ClientSecret : "",
            ["Salesforce:Username"] = FakeSalesforce.Username,
            ["Salesforce:KeyFile"] = _keyFile,
            ["Salesforce:MaxRetries"] = "2",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSalesforce(configuration);
        _services = services.BuildServiceProvider();
    }

    public ISalesforceClient Client => _services.GetRequiredService<ISalesforceClient>();

    public SalesforceSignIn SignIn => _services.GetRequiredService<SalesforceSignIn>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_keyFile);
    }
}
