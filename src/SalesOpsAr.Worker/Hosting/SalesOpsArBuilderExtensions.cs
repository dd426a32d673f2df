using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Configuration;
using SalesOpsAr.Worker.Messaging;
using SalesOpsAr.Worker.Notifying;
using SalesOpsAr.Worker.Observability;
using OpenTelemetry.Metrics;
using SalesOpsAr.Worker.Receiving;
using SalesOpsAr.Worker.Reconciling;
using SalesOpsAr.Worker.Sweeping;
using Serilog;
using Serilog.Formatting.Compact;

namespace SalesOpsAr.Worker.Hosting;

/// <summary>Everything the service registers, in one place; <c>Program</c> calls this and nothing else.</summary>
public static class SalesOpsArBuilderExtensions
{
    public static WebApplicationBuilder AddSalesOpsAr(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSerilog(
            (sp, log) =>
            {
                log.ReadFrom.Configuration(configuration).ReadFrom.Services(sp).Enrich.FromLogContext();
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
            kestrel.Limits.MaxRequestBodySize = 26 * 1024 * 1024;
        });

        services.TryAddSingleton(TimeProvider.System);
        AddValidatedOptions<ServiceOptions, ServiceOptionsValidator>(services, configuration);
        AddValidatedOptions<GitLabOptions, GitLabOptionsValidator>(services, configuration.GetSection(GitLabOptions.Section));
        AddValidatedOptions<TransportOptions, TransportOptionsValidator>(services, configuration.GetSection(TransportOptions.Section));
        AddValidatedOptions<ReceiverOptions, ReceiverOptionsValidator>(services, configuration.GetSection(ReceiverOptions.Section));
        AddValidatedOptions<WorkflowOptions, WorkflowOptionsValidator>(services, configuration.GetSection(WorkflowOptions.Section));
        AddValidatedOptions<SweepOptions, SweepOptionsValidator>(services, configuration.GetSection(SweepOptions.Section));
        AddValidatedOptions<NotificationOptions, NotificationOptionsValidator>(services, configuration.GetSection(NotificationOptions.Section));

        services.AddSingleton(sp => new ArRules(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.ToSettings()));
        services.AddGitLabClient();
        services.AddSingleton<DeliveryDeduplicator>();
        services.AddSingleton<WebhookReceiver>();
        services.AddScoped<ArChangedQueue>();
        services.AddSingleton<KeyedLock<(long ProjectId, long Iid)>>();
        services.AddSingleton<BrokerArLock>();
        services.AddScoped<ArReconciler>();
        services.AddSalesOpsArMessaging(configuration);

        services.AddSingleton<SweepState>();
        services.AddSingleton<DigestState>();
        services.AddSingleton<WebhookMonitorState>();
        services.AddScoped<WebhookMonitor>();
        services.AddSingleton<ArHistoryCache>();
        services.AddScoped<ArHistoryReader>();
        services.AddScoped<Sweeper>();
        services.AddHostedService<SweepService>();
        services.AddHttpClient<SlackChannel>(http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddScoped<INudgeChannel>(sp => sp.GetRequiredService<SlackChannel>());
        services.AddScoped<EmailChannel>();
        services.AddScoped<INudgeChannel>(sp => sp.GetRequiredService<EmailChannel>());
        services.AddSingleton<NewArAnnouncer>();
        services.AddSingleton<SalesOpsArMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SalesOpsArMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        services.AddSingleton<GitLabHealthCheck>();
        services.AddHealthChecks().AddCheck<GitLabHealthCheck>("gitlab", tags: ["ready"]);
        services.AddHostedService<StartupReport>();
        return builder;
    }

    private static void AddValidatedOptions<TOptions, TValidator>(IServiceCollection services, IConfiguration section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }
}
