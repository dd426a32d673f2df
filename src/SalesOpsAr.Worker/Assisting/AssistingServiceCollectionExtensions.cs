using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Assistant;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Assisting;

/// <summary>The provisioning assistant: runbooks, the AR reader, precedent search and the runbook note's writer.</summary>
internal static class AssistingServiceCollectionExtensions
{
    public static IServiceCollection AddAssisting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AssistantOptions, AssistantOptionsValidator>(configuration, AssistantOptions.Section)
            .AddOptionsCheck<AssistantOptions, AssistantOptionsChecks>();
        services.AddSingleton(sp => new ArRequestReader(sp.GetRequiredService<ArRules>().Settings));
        services.AddSingleton<RunbookCatalog>();
        services.AddSingleton(sp => new RunbookProgress(sp.GetRequiredService<ArRules>().Settings));
        services.AddSingleton<PrecedentFinder>();
        services.AddSingleton<RunbookWriter>();
        return services;
    }
}
