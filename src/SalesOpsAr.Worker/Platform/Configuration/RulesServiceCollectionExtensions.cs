using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>
/// What every feature decides with: the label rules from the <c>Workflow</c> section, the AR reader over the same
/// settings, and the business calendar from <c>Sweep:Calendar</c> (checked with the sweep's options).
/// </summary>
internal static class RulesServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WorkflowOptions>(configuration, WorkflowOptions.Section)
            .AddOptionsCheck<WorkflowOptions, WorkflowOptionsChecks>();
        services.AddSingleton(sp => new ArRules(sp.GetRequiredService<IOptions<WorkflowOptions>>().Value.ToSettings()));
        services.AddSingleton(sp => new ArRequestReader(sp.GetRequiredService<ArRules>().Settings));
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section);
        // How an AR's words become Salesforce's values (#24): the plan table the runbook note shows, and later the users made.
        services.AddValidatedOptions<ProvisioningOptions>(configuration, ProvisioningOptions.Section)
            .AddOptionsCheck<ProvisioningOptions, ProvisioningOptionsChecks>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ProvisioningOptions>>().Value.ToMap());
        services.AddSingleton<Connectors>();
        services.AddSingleton<BusinessCalendar>(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value.ToCalendar());
        return services;
    }
}
