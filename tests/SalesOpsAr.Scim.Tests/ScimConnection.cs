using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SalesOpsAr.Scim.Tests;

/// <summary>The clients as the service registers them, DataFox's pointed at a <see cref="FakeScim"/>.</summary>
internal sealed class ScimConnection : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ScimConnection(FakeScim scim, string token = FakeScim.Token, int retries = 0)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scim:Systems:DataFox:Url"] = scim.Url,
            ["Scim:Systems:DataFox:Token"] = token,
            ["Scim:AllowHttp"] = "true", // the fake listens on loopback without TLS
            ["Scim:MaxRetries"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        _services = new ServiceCollection().AddScim(configuration).BuildServiceProvider();
    }

    public IScimClient DataFox => _services.GetRequiredService<ScimClients>().For("datafox")!;

    public ScimClients Clients => _services.GetRequiredService<ScimClients>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
