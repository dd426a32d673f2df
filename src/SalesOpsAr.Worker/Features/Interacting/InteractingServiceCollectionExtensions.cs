using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Interacting;

/// <summary>
/// Slack's buttons (#25): the endpoint that verifies and queues a click, and the handler that does it in GitLab. Off
/// (no <c>Notifications__Slack__SigningSecret</c>), the endpoint answers 404 and the messages carry no buttons.
/// </summary>
internal static class InteractingServiceCollectionExtensions
{
    public static IServiceCollection AddInteracting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SlackInteractivityOptions>(configuration, SlackInteractivityOptions.Section)
            .AddOptionsCheck<SlackInteractivityOptions, SlackInteractivityOptionsChecks>();
        services.AddSingleton<SlackInteractionReceiver>();
        services.AddSingleton<SlackResponder>();
        services.AddSingleton<SlackUsers>();
        services.AddHttpClient(SlackResponder.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<SlackActionRunner>(); // one in-process lock per AR for every click
        services.AddWorkHandler<SlackActionOwed, SlackActionRunner>(WorkQueue.ArChanged); // the same queue as the webhooks
        return services;
    }
}
