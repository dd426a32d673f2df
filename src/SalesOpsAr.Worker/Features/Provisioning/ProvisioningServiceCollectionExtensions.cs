using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;

namespace SalesOpsAr.Worker.Features.Provisioning;

/// <summary>
/// Provisioning on a person's word and verification (#24): the commands' handler, the Salesforce and SCIM provisioners,
/// and the check before auto-completion. Off (no Salesforce connector, no SCIM system), a command gets a short note and
/// nothing is asked before completing.
/// </summary>
internal static class ProvisioningServiceCollectionExtensions
{
    public static IServiceCollection AddProvisioning(this IServiceCollection services)
    {
        services.AddSingleton<SalesforceProvisioner>();
        services.AddSingleton<Verifier>();
        services.AddSingleton<CommandRunner>(); // one in-process lock per AR for every command
        services.AddWorkHandler<CommandOwed, CommandRunner>(WorkQueue.Notes);
        services.AddScoped<ICompletionGate, VerifyGate>();
        return services;
    }
}
