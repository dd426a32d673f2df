using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>The Salesforce seats (#23): read after each sweep when the connector is on, kept for the page and the metrics.</summary>
internal static class LicencesServiceCollectionExtensions
{
    public static IServiceCollection AddLicences(this IServiceCollection services)
    {
        services.AddSingleton<LicenceBoard>();
        services.AddSingleton<ILicenceBoard>(sp => sp.GetRequiredService<LicenceBoard>());
        services.AddSingleton<SeatReader>();
        services.AddSingleton<ISweepListener>(sp => sp.GetRequiredService<SeatReader>());
        return services;
    }
}
