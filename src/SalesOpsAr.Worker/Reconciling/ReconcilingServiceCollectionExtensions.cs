using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Reconciling;

/// <summary>The rules, configured from the <c>Workflow</c> section, and the reconciler that applies them.</summary>
internal static class ReconcilingServiceCollectionExtensions
{
    public static IServiceCollection AddReconciling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WorkflowOptions>(configuration, WorkflowOptions.Section)
            .AddOptionsCheck<WorkflowOptions, WorkflowOptionsChecks>();
        services.AddSingleton(sp => new ArRules(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.ToSettings()));
        services.AddSingleton<KeyedLock<(long ProjectId, long Iid)>>();
        services.AddSingleton<CcLedger>();
        services.AddSingleton<RespectedLabels>();
        services.AddValidatedOptions<ReconcilerOptions, ReconcilerOptionsValidator>(configuration, ReconcilerOptions.Section);
        services.AddSingleton<ArCoalescer>();
        services.AddScoped<ArContextReader>();
        services.AddScoped<ArReconciler>();
        return services;
    }
}
