using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>Validates every options section at once, so a person sees all problems in one go, each naming its key.</summary>
public static class ConfigurationCheck
{
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configuration = services.GetRequiredService<IConfiguration>();
        var problems = new List<string>();
        foreach (var section in services.GetServices<ConfiguredSection>())
        {
            try
            {
                section.Resolve(services);
            }
            catch (OptionsValidationException e)
            {
                problems.AddRange(e.Failures.Select(f => ConfigurationProblem.Describe(section.Path, f, configuration)));
            }
            catch (InvalidOperationException e)
            {
                // The binder's own complaints (a word where a number belongs) name the key already.
                problems.Add(ConfigurationProblem.FromBinder(e.Message));
            }
        }

        return problems.Distinct().ToList();
    }
}
