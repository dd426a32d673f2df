using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;

namespace SalesOpsAr.Worker.Features.Licences;

/// <summary>
/// The Salesforce seats (#23): read after each sweep when the connector is on, kept for the page and the metrics; the
/// hold on pickup and the release at the sweep. Off (no <c>Salesforce__Flow</c>), nothing listens for pickups and nothing calls Salesforce.
/// </summary>
internal static class LicencesServiceCollectionExtensions
{
    public static IServiceCollection AddLicences(this IServiceCollection services)
    {
        services.AddSingleton<LicenceBoard>();
        services.AddSingleton<ILicenceBoard>(sp => sp.GetRequiredService<LicenceBoard>());
        services.AddSingleton<SalesforceTrouble>();
        services.AddScoped<SeatReader>(); // scoped, as the work queue it sends to; what it keeps lives in the board and the trouble log
        services.AddScoped<ISweepListener>(sp => sp.GetRequiredService<SeatReader>());
        services.AddSingleton<SeatChecker>(); // one in-process lock per AR for every check, as the runbook writer's
        services.AddSingleton<SeatReleaser>();
        services.AddWorkHandler<SeatCheckOwed, SeatChecker>(WorkQueue.Notes);
        services.AddWorkHandler<SeatReleaseOwed, SeatReleaser>(WorkQueue.Notes);
        services.AddScoped<IPickupListener, SeatCheckSender>();

        return services;
    }
}
