using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Assisting;

/// <summary>The provisioning assistant: runbooks, the AR reader, precedent search and the runbook note's writer.</summary>
internal static class AssistingServiceCollectionExtensions
{
    public static IServiceCollection AddAssisting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AssistantOptions, AssistantOptionsValidator>(configuration, AssistantOptions.Section)
            .AddOptionsCheck<AssistantOptions, AssistantOptionsChecks>();
        services.AddSingleton<RunbookCatalog>();
        services.AddSingleton(sp => new RunbookProgress(sp.GetRequiredService<ArRules>().Settings));
        services.AddSingleton<PrecedentFinder>();
        services.AddSingleton<RunbookWriter>(); // one in-process lock per AR for every runbook job
        services.AddWorkHandler<RunbookOwed, RunbookWriter>(WorkQueue.Notes);
        services.AddWorkHandler<RunbookProgressOwed, RunbookWriter>(WorkQueue.Notes);
        return services;
    }
}
