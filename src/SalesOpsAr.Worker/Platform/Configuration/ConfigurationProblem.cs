using System.Text.RegularExpressions;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>
/// Turns what a validator or the binder says into one line a person can act on:
/// <c>GitLab:MaxRetries (environment variable GitLab__MaxRetries): must be between 0 and 10, got 99.</c>
/// Hand-written checks name their key (<c>Property GitLab:BaseUrl: …</c>); the generated data-annotation
/// validator names the member path (<c>The field GitLabOptions.MaxRetries must be …</c>), which is the key
/// under the section it was bound from. Only the numbers and durations that annotations check are echoed back:
/// a string might be a secret.
/// </summary>
internal static partial class ConfigurationProblem
{
    public static string Describe(string section, string failure, IConfiguration configuration)
    {
        var handWritten = HandWritten().Match(failure);
        if (handWritten.Success)
        {
            return Line(handWritten.Groups["key"].Value, handWritten.Groups["problem"].Value);
        }

        var annotated = Annotated().Match(failure);
        if (!annotated.Success)
        {
            return section.Length == 0 ? failure : Line(section, failure);
        }

        var key = string.Join(':', new[] { section, annotated.Groups["path"].Value.Replace('.', ':') }.Where(p => p.Length > 0));
        var problem = annotated.Groups["rule"].Value switch
        {
            "field is required." => "must be set.",
            var rule => ShortDurations().Replace(rule.TrimEnd('.'), "$1") + (configuration[key] is { Length: > 0 } value ? $", got {value}." : "."),
        };
        return Line(key, problem);
    }

    // "Failed to convert configuration value 'Rabbit' at 'Transport:Kind' to type '…TransportKind'."
    public static string FromBinder(string message)
    {
        var m = ConversionFailure().Match(message);
        if (!m.Success)
        {
            return message;
        }

        var (value, key, typeName) = (m.Groups["value"].Value, m.Groups["key"].Value, m.Groups["type"].Value);
        var type = Type.GetType(typeName) ?? typeof(ConfigurationProblem).Assembly.GetType(typeName);
        var expected = type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when typeName.EndsWith("TimeSpan", StringComparison.Ordinal) => "a duration such as 00:05:00",
            _ when typeName.Contains("TimeOnly", StringComparison.Ordinal) => "a time of day such as 08:30",
            _ when typeName.Contains("DateOnly", StringComparison.Ordinal) => "a date such as 2026-12-24",
            _ when typeName.EndsWith("Boolean", StringComparison.Ordinal) => "true or false",
            _ => "a " + typeName[(typeName.LastIndexOf('.') + 1)..].ToLowerInvariant(),
        };
        return Line(key, $"must be {expected}, got '{value}'.");
    }

    public static string Line(string key, string problem) =>
        $"{key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}): {problem}";

    [GeneratedRegex(@"^Property (?<key>[^ ]+): (?<problem>.*)$", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HandWritten();

    // "MaxRetries: The field GitLabOptions.MaxRetries must be between 0 and 10." / "Name: The X.Name field is required."
    [GeneratedRegex(@"^[\w.]+: The (?:field )?\w+\.(?<path>[\w.]+) (?<rule>.*)$", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Annotated();

    // "00:00:00.0010000" reads "00:00:00.001".
    [GeneratedRegex(@"(\.\d*?[1-9])0+\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShortDurations();

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConversionFailure();
}
