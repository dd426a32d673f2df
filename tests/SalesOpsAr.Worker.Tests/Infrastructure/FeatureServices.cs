using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Assisting;
using SalesOpsAr.Worker.Features.Noting;
using SalesOpsAr.Worker.Features.Reconciling;
using SalesOpsAr.Worker.Features.Sweeping;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Worker.Platform.Reading;
using SalesOpsAr.Worker.Platform.Telemetry;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// One feature's classes as the service registers them, on an <see cref="InMemoryGitLab"/>, a <see cref="RecordingWork"/>
/// queue, a <see cref="RecordingNotifier"/> and a <see cref="FakeTimeProvider"/>: no host, no HTTP, no broker.
/// </summary>
internal sealed class FeatureServices : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    public FeatureServices(bool canWrite = true, bool assists = true, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GitLab:Token"] = "glpat-unit",
            ["GitLab:BotUsername"] = InMemoryGitLab.Bot,
            ["GitLab:ProjectIds:0"] = "4242",
            ["Workflow:Dris:0"] = "amber",
            ["Workflow:Dris:1"] = "meri",
            ["Workflow:Team:0"] = "jdoe",
            ["Workflow:Team:1"] = "ksmith",
            ["Assistant:Enabled"] = assists ? "true" : "false",
            ["Sweep:Calendar:TimeZone"] = "UTC",
        }.Concat(settings ?? new Dictionary<string, string?>()).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)).Build(); // a test's setting wins
        var mode = new RunMode(Roles.All, TransportKind.InMemory, CanRead: true, DryRun: !canWrite, IsDevelopment: false) { Assists = assists };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(Logs);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(RecordingLogger<>));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(mode);
        services.AddMetrics();
        services.AddSingleton<SalesOpsArMetrics>();
        services.AddOptions<GitLabOptions>().Bind(configuration.GetSection(GitLabOptions.Section));
        services.AddOptions<TransportOptions>();
        services.AddSingleton<IGitLabClient>(GitLab);
        services.AddSingleton(new NotesBudget(0, Clock));
        services.AddSingleton(new GitLabClientIdentity(SalesOpsArMetrics.MeterName, "unit"));
        services.AddSingleton<GitLabCallMeter>();
        services.AddSingleton<IWorkQueue>(Work);
        services.AddSingleton<INotifier>(Notifier);
        services.AddWorkflowRules(configuration);
        services.AddArLocks();
        services.AddArReading(mode);
        services.AddReconciling(configuration, mode);
        services.AddNoting();
        services.AddAssisting(configuration);
        services.AddSweeping(configuration);
        services.AddOptions<SalesOpsAr.Salesforce.SalesforceOptions>().Bind(configuration.GetSection(SalesOpsAr.Salesforce.SalesforceOptions.Section));
        services.AddSingleton(new SalesOpsAr.Salesforce.SalesforceBudget(0.1, Clock));
        SalesOpsAr.Salesforce.SalesforceServiceCollectionExtensions.AddSalesforceClient(services); // the runbook writer looks the plan's users up when the connector is on
        services.AddSingleton<ILicenceBoard, SalesOpsAr.Worker.Features.Licences.LicenceBoard>();
        more?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _scope = _services.CreateAsyncScope();
    }

    public InMemoryGitLab GitLab { get; } = new();

    /// <summary>What the classes logged.</summary>
    public LogBook Logs { get; } = new();

    public RecordingWork Work { get; } = new();

    public RecordingNotifier Notifier { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
