using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Sweeping;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The sweep: its options, the business calendar and flag rules they configure, and the parts of one sweep.</summary>
internal static class SweepingServiceCollectionExtensions
{
    public static IServiceCollection AddSweeping(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SweepOptions, SweepOptionsValidator>(configuration, SweepOptions.Section)
            .AddOptionsCheck<SweepOptions, SweepOptionsChecks>();
        services.AddSingleton(sp => new FlagRules(
            sp.GetRequiredService<ArRules>().Settings.Dris,
            sp.GetRequiredService<IOptions<SweepOptions>>().Value.Thresholds,
            sp.GetRequiredService<Workflow.Calendar.BusinessCalendar>()));
        services.AddSingleton<SweepState>();
        services.AddSingleton<StateDwell>();
        services.AddSingleton<DigestState>();
        services.AddSingleton<ArHistoryCache>();
        services.AddSingleton<UserIds>();
        services.AddScoped<ArLister>();
        services.AddScoped<ArFactsReader>();
        services.AddScoped<DigestSender>();
        services.AddScoped<SweepRecorder>();
        services.AddScoped<Sweeper>();
        services.AddScoped<NudgeDispatcher>();
        services.AddOptions<NudgeNoteOptions>().BindConfiguration("Notifications");
        services.AddSingleton<WebhookMonitorState>();
        services.AddScoped<WebhookMonitor>();
        services.AddHostedService<SweepService>();
        return services;
    }
}
