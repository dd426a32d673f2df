using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>Validates every options section at once, so a person sees all problems in one go, each naming its key.</summary>
public static class ConfigurationCheck
{
    // Secrets and addresses: a control character in one (the newline a file ends with, read into a variable) passes every
    // other check and then fails the first call made with it, far from its cause.
    private static readonly string[] SecretsAndAddresses =
    [
        "GitLab:Token", "GitLab:WebhookSecret", "Receiver:SigningToken", "GitLab:BaseUrl", "GitLab:BotUsername",
        "Transport:RabbitMq:Uri", "Notifications:Slack:WebhookUrl", "Notifications:Slack:SigningSecret", "Notifications:Slack:BotToken",
        "Notifications:Smtp:Host", "Notifications:Smtp:Username", "Notifications:Smtp:Password", "Notifications:Smtp:From",
        "Status:Token", "Urls", "Management:Urls", "Assistant:RunbooksFile",
        "Salesforce:LoginUrl", "Salesforce:Audience", "Salesforce:ClientId", "Salesforce:ClientSecret", "Salesforce:Username", "Salesforce:KeyFile",
    ];

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

        problems.AddRange(ControlCharacters(configuration));
        return problems.Select(OneLine).Distinct().ToList();
    }

    /// <summary>One problem for each secret or address holding a control character, naming the key and the character (never the value).</summary>
    public static IEnumerable<string> ControlCharacters(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var key in SecretsAndAddresses)
        {
            if (configuration[key] is { } value && value.FirstOrDefault(char.IsControl) is var c and not '\0')
            {
                var which = c switch { '\n' => "a line feed", '\r' => "a carriage return", '\t' => "a tab", _ => $"U+{(int)c:X4}" };
                var where = value.IndexOf(c, StringComparison.Ordinal) == value.Length - 1 ? " at its end (as when read from a file)" : "";
                yield return ConfigurationProblem.Line(key, $"holds {which}{where}; remove it.");
            }
        }
    }

    // A problem quotes the value it found: a value with a line break in it must not forge problem lines of its own.
    private static string OneLine(string problem) =>
        problem.Any(char.IsControl)
            ? string.Concat(problem.Select(c => c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ when char.IsControl(c) => $"\\u{(int)c:X4}", _ => c.ToString() }))
            : problem;
}
