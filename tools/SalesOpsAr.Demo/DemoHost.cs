using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SalesOpsAr.Demo;

/// <summary>The real service, in this process (in-memory transport), on a loopback port, on the demo's clock.</summary>
internal sealed class DemoHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly TimeProvider _clock;

    public DemoHost(IReadOnlyDictionary<string, string?> settings, TimeProvider clock)
    {
        _settings = settings;
        _clock = clock;
        // Kestrel on a free loopback port chosen by the service's own Urls setting (below), not by UseKestrel(port):
        // the factory sets a port after the app's thread may already have started Kestrel, a race it can lose.
        UseKestrel();
    }

    private readonly object _starting = new();

    public Uri BaseAddress
    {
        get
        {
            lock (_starting)
            {
                StartServer(); // WebApplicationFactory's start is not safe to race: two first callers both configure Kestrel
            }

            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Settings, not app configuration: the run mode is decided from them while services are registered.
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton(_clock));
    }
}
