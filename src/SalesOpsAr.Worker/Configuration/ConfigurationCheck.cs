using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Notifying;
using SalesOpsAr.Worker.Sweeping;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>Validates every options section at once, so a person sees all problems in one go.</summary>
public static class ConfigurationCheck
{
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        var problems = new List<string>();
        Check<ServiceOptions>(services, problems);
        Check<GitLabOptions>(services, problems);
        Check<TransportOptions>(services, problems);
        Check<ReceiverOptions>(services, problems);
        Check<WorkflowOptions>(services, problems);
        Check<SweepOptions>(services, problems);
        Check<NotificationOptions>(services, problems);
        return problems.Distinct().ToList();
    }

    private static void Check<T>(IServiceProvider services, List<string> problems)
        where T : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException e)
        {
            problems.AddRange(e.Failures);
        }
        catch (InvalidOperationException e)
        {
            // The binder's own complaints (a word where a number belongs) name the key already.
            problems.Add(e.Message);
        }
    }
}
