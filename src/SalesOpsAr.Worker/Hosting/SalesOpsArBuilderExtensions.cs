using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesOpsAr.GitLab;
using SalesOpsAr.Salesforce;
using SalesOpsAr.Worker.Features.Assisting;
using SalesOpsAr.Worker.Features.Interacting;
using SalesOpsAr.Worker.Features.Licences;
using SalesOpsAr.Worker.Features.Provisioning;
using SalesOpsAr.Worker.Features.Noting;
using SalesOpsAr.Worker.Features.Notifying;
using SalesOpsAr.Worker.Features.Receiving;
using SalesOpsAr.Worker.Features.Reconciling;
using SalesOpsAr.Worker.Features.Status;
using SalesOpsAr.Worker.Features.Sweeping;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Locking;
using SalesOpsAr.Worker.Platform.Reading;
using SalesOpsAr.Worker.Platform.Telemetry;
using Serilog;
using Serilog.Formatting.Compact;

namespace SalesOpsAr.Worker.Hosting;

/// <summary>Everything the service registers, feature by feature; <c>Program</c> calls this and nothing else.</summary>
public static class SalesOpsArBuilderExtensions
{
    /// <param name="hosted">The service will run; false for a command (<c>sweep --once</c>), whose bus never starts.</param>
    public static WebApplicationBuilder AddSalesOpsAr(this WebApplicationBuilder builder, bool hosted = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        var mode = RunMode.From(configuration, builder.Environment, hosted);

        // HTTP detail is Debug, in code, whatever appsettings.json says or whether it was found: one line per event at
        // Information, and no request line to carry a URL (the Slack webhook's is a secret).
        services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());
        services.AddSerilog(
            (sp, log) =>
            {
                log.MinimumLevel.Information()
                    .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.Extensions.Http", Serilog.Events.LogEventLevel.Warning)
                    .MinimumLevel.Override("System.Net.Http.HttpClient", Serilog.Events.LogEventLevel.Warning)
                    .MinimumLevel.Override("Polly", Serilog.Events.LogEventLevel.Warning)
                    .MinimumLevel.Override("MassTransit", Serilog.Events.LogEventLevel.Warning)
                    .ReadFrom.Configuration(configuration).ReadFrom.Services(sp).Enrich.FromLogContext();
                if (builder.Environment.IsDevelopment())
                {
                    log.WriteTo.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
                        formatProvider: CultureInfo.InvariantCulture);
                }
                else
                {
                    log.WriteTo.Console(new RenderedCompactJsonFormatter());
                }
            },
            preserveStaticLogger: true);

        // A slow or endless upload must not tie up the receiver: headers within 10 s, bodies at 240 B/s
        // after a 5 s grace, and nothing over GitLab's own 25 MB cap at all.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(5));
            kestrel.Limits.MaxRequestBodySize = ReceiverOptions.GitLabMaxBodyBytes + 1;
        });

        // /metrics and /health on a port of their own when Management:Urls says so (read here: Kestrel binds before options exist).
        var management = ManagementOptions.Split(configuration[$"{ManagementOptions.Section}:{nameof(ManagementOptions.Urls)}"]);
        var webhook = ManagementOptions.Split(configuration["urls"] ?? "http://localhost:5000");
        if (management.Count > 0)
        {
            builder.WebHost.UseUrls([.. webhook, .. management]);
        }

        services.AddValidatedOptions<ManagementOptions>(configuration, ManagementOptions.Section)
            .AddOptionsCheck<ManagementOptions, ManagementOptionsChecks>();
        services.PostConfigure<ManagementOptions>(o => o.WebhookUrls = webhook);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(mode);
        services.AddValidatedOptions<ServiceOptions>(configuration, "")
            .AddOptionsCheck<ServiceOptions, ServiceOptionsChecks>();
        services.AddValidatedOptions<GitLabOptions, GitLabOptionsValidator>(configuration, GitLabOptions.Section)
            .AddOptionsCheck<GitLabOptions, GitLabOptionsChecks>();
        services.AddGitLabClient(new GitLabClientIdentity(SalesOpsArMetrics.MeterName, "SalesOpsAr.Worker/1.0"));
        // The Salesforce connection (#23): off unless Salesforce__Flow is set; its keys are checked at start either way.
        services.AddValidatedOptions<SalesforceOptions>(configuration, SalesforceOptions.Section)
            .AddOptionsCheck<SalesforceOptions, SalesforceOptionsChecks>();
        services.AddSalesforceClient();
        // SCIM systems (#24): off unless Scim__Systems__<name>__Url is set.
        services.AddValidatedOptions<SalesOpsAr.Scim.ScimOptions>(configuration, SalesOpsAr.Scim.ScimOptions.Section)
            .AddOptionsCheck<SalesOpsAr.Scim.ScimOptions, SalesOpsAr.Scim.ScimOptionsChecks>();
        SalesOpsAr.Scim.ScimServiceCollectionExtensions.AddScimClients(services);

        // Platform first, then the features (each registers its own options, jobs and consumers), then the bus that
        // consumes the jobs the features registered.
        services.AddWorkflowRules(configuration);
        services.AddArLocks();
        services.AddArReading(mode);
        services.AddTelemetry();
        services.AddReceiving(configuration);
        services.AddReconciling(configuration, mode);
        services.AddNoting();
        services.AddAssisting(configuration);
        services.AddNotifying(configuration);
        services.AddSweeping(configuration);
        services.AddLicences();
        services.AddProvisioning();
        services.AddInteracting(configuration);
        services.AddStatus(configuration);
        services.AddBus(configuration, mode);
        services.AddHostedService<StartupReport>();
        return builder;
    }
}
