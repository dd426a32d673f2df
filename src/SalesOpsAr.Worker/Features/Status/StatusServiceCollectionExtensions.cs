using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Status;

/// <summary>The status page: its options, the last sweep's snapshot and the recorder that makes it.</summary>
internal static class StatusServiceCollectionExtensions
{
    public static IServiceCollection AddStatus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StatusOptions>(configuration, StatusOptions.Section)
            .AddOptionsCheck<StatusOptions, StatusOptionsChecks>();
        services.AddSingleton<StatusBoard>();
        services.AddSingleton<StatusRecorder>();
        services.AddSingleton<ISweepListener>(sp => sp.GetRequiredService<StatusRecorder>());
        return services;
    }
}
