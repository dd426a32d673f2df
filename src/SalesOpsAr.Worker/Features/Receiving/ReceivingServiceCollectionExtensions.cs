using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>The webhook receiver: its limits, its duplicate memory, and the secret it needs.</summary>
internal static class ReceivingServiceCollectionExtensions
{
    public static IServiceCollection AddReceiving(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ReceiverOptions, ReceiverOptionsValidator>(configuration, ReceiverOptions.Section)
            .AddOptionsCheck<GitLabOptions, WebhookSecretCheck>();
        services.AddSingleton<DeliveryDeduplicator>();
        services.AddSingleton<WebhookReceiver>();
        return services;
    }
}
