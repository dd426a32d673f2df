using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Notifying;

/// <summary>The channels (Slack, email), the notifier over them, the nudge dispatcher and the new-AR announcer.</summary>
internal static class NotifyingServiceCollectionExtensions
{
    public static IServiceCollection AddNotifying(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<NotificationOptions, NotificationOptionsValidator>(configuration, NotificationOptions.Section)
            .AddOptionsCheck<NotificationOptions, NotificationOptionsChecks>();
        services.AddHttpClient<SlackChannel>(http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddScoped<INoticeChannel>(sp => sp.GetRequiredService<SlackChannel>());
        services.AddScoped<INoticeChannel, EmailChannel>();
        services.AddScoped<Notifier>();
        services.AddScoped<NudgeDispatcher>();
        services.AddSingleton<NewArAnnouncer>();
        return services;
    }
}
