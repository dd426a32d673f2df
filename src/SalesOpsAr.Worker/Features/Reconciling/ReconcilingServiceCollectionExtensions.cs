using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>The reconciler: it takes the AR events off their queue and applies the rules' plan.</summary>
internal static class ReconcilingServiceCollectionExtensions
{
    public static IServiceCollection AddReconciling(this IServiceCollection services, IConfiguration configuration, RunMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        if (mode.CanWrite)
        {
            services.AddScoped<IPlanWriter, GitLabPlanWriter>();
        }
        else
        {
            services.AddSingleton<IPlanWriter, DryRunPlanWriter>();
        }

        services.AddSingleton<TransitionMetrics>();
        services.AddSingleton<CcLedger>();
        services.AddSingleton<RespectedLabels>();
        services.AddValidatedOptions<ReconcilerOptions, ReconcilerOptionsValidator>(configuration, ReconcilerOptions.Section);
        services.AddSingleton<ArCoalescer>();
        services.AddScoped<ArContextReader>();
        services.AddScoped<ArReconciler>();
        services.AddScoped<IArReconciler>(sp => sp.GetRequiredService<ArReconciler>());
        services.AddWorkHandler<ArChanged, ArReconciler>(WorkQueue.ArChanged);
        return services;
    }
}
