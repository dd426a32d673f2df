using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Notifying;
using SalesOpsAr.Worker.Sweeping;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>Validates every options section at once, so a person sees all problems in one go.</summary>
public static partial class ConfigurationCheck
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
            problems.Add(Friendly(e.Message));
        }
    }

    // "Failed to convert configuration value 'Rabbit' at 'Transport:Kind' to type '…TransportKind'."
    private static string Friendly(string message)
    {
        var m = ConversionFailure().Match(message);
        if (!m.Success)
        {
            return message;
        }

        var (value, key, typeName) = (m.Groups["value"].Value, m.Groups["key"].Value, m.Groups["type"].Value);
        var type = Type.GetType(typeName) ?? typeof(ConfigurationCheck).Assembly.GetType(typeName);
        var expected = type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when typeName.EndsWith("TimeSpan", StringComparison.Ordinal) => "a duration such as 00:05:00",
            _ when typeName.EndsWith("TimeOnly", StringComparison.Ordinal) || typeName.Contains("TimeOnly", StringComparison.Ordinal) => "a time of day such as 08:30",
            _ when typeName.EndsWith("DateOnly", StringComparison.Ordinal) => "a date such as 2026-12-24",
            _ when typeName.EndsWith("Boolean", StringComparison.Ordinal) => "true or false",
            _ => "a " + typeName[(typeName.LastIndexOf('.') + 1)..].ToLowerInvariant(),
        };
        return $"{key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}): must be {expected}, got '{value}'.";
    }

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();
}
