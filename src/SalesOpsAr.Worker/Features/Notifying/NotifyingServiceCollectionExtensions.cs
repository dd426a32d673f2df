using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>The channels (Slack, email), the notifier over them and the new-AR announcer; what to say is the other features'.</summary>
internal static class NotifyingServiceCollectionExtensions
{
    public static IServiceCollection AddNotifying(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<NotificationOptions, NotificationOptionsValidator>(configuration, NotificationOptions.Section)
            .AddOptionsCheck<NotificationOptions, NotificationOptionsChecks>();
        services.AddHttpClient<SlackChannel>(http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddScoped<INoticeChannel>(sp => sp.GetRequiredService<SlackChannel>());
        services.AddScoped<INoticeChannel, EmailChannel>();
        services.AddScoped<INotifier, Notifier>();
        services.AddSingleton<NewArAnnouncer>();
        services.AddWorkHandler<NewArAnnouncement, NewArAnnouncer>(WorkQueue.InProcess); // best effort, at once, as before
        return services;
    }
}
