using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>The real service on Kestrel (a real port on loopback), configured as the tests say.</summary>
public sealed class WorkerHost : WebApplicationFactory<Program>
{
    public const string WebhookSecret = "test-webhook-secret";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="bus">Shared with other hosts on the same broker, so that idle means idle for all of them.</param>
    public WorkerHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null, BusActivity? bus = null)
    {
        _settings = settings;
        _services = services;
        Bus = bus ?? new BusActivity();
        // Kestrel on a free loopback port chosen by the service's own Urls setting (below), not by UseKestrel(port):
        // the factory sets a port after the app's thread may already have started Kestrel, a race it can lose.
        UseKestrel();
    }

    public CapturedLogs Logs { get; } = new();

    /// <summary>Events the receiver queued; final for a delivery as soon as it is answered.</summary>
    public QueuedMessages Queued { get; } = new();

    /// <summary>What the bus is doing: the signal "nothing more happens" checks wait for (<see cref="IdleAsync"/>).</summary>
    public BusActivity Bus { get; }

    /// <summary>Returns once no message this host sent waits or is handled and no echo webhook of <paramref name="gitLab"/> is on its way.</summary>
    public Task IdleAsync(FakeGitLab? gitLab = null) => Eventually.Idle(Bus, gitLab);

    private readonly object _starting = new();
    private bool _used;

    /// <summary>
    /// Stops the host. An in-memory bus is first let finish starting: MassTransit 8.5 can throw a NullReferenceException
    /// stopping a receive endpoint that is still starting (a host disposed a few milliseconds after its first request).
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _used) && _settings.GetValueOrDefault("Transport:Kind") is null or "InMemory")
        {
            var bus = base.Services.GetRequiredService<MassTransit.IBusControl>();
            try
            {
                await Eventually.Until(() => bus.CheckHealth().Status, s => s == MassTransit.BusHealthStatus.Healthy, "the in-memory bus started", seconds: 10);
            }
            catch (Xunit.Sdk.XunitException)
            {
                // a bus that never got healthy (a test broke it on purpose) is stopped as it is
            }
        }

        try
        {
            await base.DisposeAsync();
        }
        catch (NullReferenceException e) when (e.StackTrace?.Contains("MassTransit.Transports.ReceiveEndpoint.Stop", StringComparison.Ordinal) == true)
        {
            // The same MassTransit 8.5 race with an endpoint still starting behind a bus that already says Healthy (seen once
            // in a full run after two more job types joined the notes queue): the host is stopped all the same.
        }
    }

    /// <summary>The host's services; the first use starts the server, under the same lock as <see cref="BaseAddress"/>.</summary>
    public override IServiceProvider Services
    {
        get
        {
            lock (_starting)
            {
                Volatile.Write(ref _used, true);
                return base.Services;
            }
        }
    }

    public Uri BaseAddress
    {
        get
        {
            lock (_starting)
            {
                Volatile.Write(ref _used, true);
                StartServer(); // WebApplicationFactory's start is not safe to race: two first callers both configure Kestrel
            }

            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address);
        }
    }

    public Uri WebhookUrl => new(BaseAddress, "/webhooks/gitlab");

    /// <summary>Settings for a service wired to a fake GitLab and a scope of the real broker.</summary>
    public static Dictionary<string, string?> Settings(FakeGitLab gitLab, BrokerScope? broker) => new()
    {
        ["GitLab:BaseUrl"] = gitLab.Url,
        ["GitLab:AllowHttp"] = "true", // the fake listens on loopback without TLS
        ["GitLab:ProjectIds:0"] = "4242",
        ["GitLab:Token"] = FakeGitLab.Token,
        ["GitLab:WebhookSecret"] = WebhookSecret,
        ["GitLab:BotUsername"] = FakeGitLab.BotUsername,
        ["GitLab:MaxRetries"] = "2",
        ["GitLab:CallsPerMinute"] = "600000", // the budget is tested on its own (GitLabBudgetTests)
        ["GitLab:NotesPerMinute"] = gitLab.NotesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), // the fake's own notes limit (0: none)
        ["Workflow:Dris:0"] = "amber",
        ["Workflow:Dris:1"] = "meri",
        ["Workflow:Team:0"] = "jdoe",
        ["Workflow:Team:1"] = "ksmith",
        ["Transport:Kind"] = broker is null ? "InMemory" : "RabbitMq",
        ["Transport:RabbitMq:Uri"] = broker?.Uri,
        ["Transport:EntityPrefix"] = broker?.Prefix ?? "",
        ["Transport:PublishTimeout"] = "00:00:03",
        ["Sweep:Interval"] = "00:00:00", // sweeps are run by the sweep tests themselves
        ["Assistant:Enabled"] = "false", // the runbook note is tested on its own (Assisting/RunbookTests); others count notes and calls
    };

    /// <summary>A service on a fake GitLab that delivers its webhooks to it; <paramref name="configure"/> edits the settings.</summary>
    public static WorkerHost Wired(FakeGitLab gitLab, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = Settings(gitLab, broker: null);
        configure?.Invoke(settings);
        var host = new WorkerHost(settings);
        gitLab.WebhookUrl = host.WebhookUrl;
        gitLab.WebhookSecret = WebhookSecret;
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(Repository.PathOf("src", "SalesOpsAr.Worker")); // also when used outside the test project
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSendObserver(_ => Queued);
            services.AddSendObserver(_ => Bus);
            services.AddReceiveObserver(_ => Bus);
            _services?.Invoke(services);
        });
    }
}
