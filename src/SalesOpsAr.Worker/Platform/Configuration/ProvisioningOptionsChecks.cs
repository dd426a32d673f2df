using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>Checks the <c>Provisioning</c> section: time zones the runtime knows (IANA ids), locales shaped <c>en_US</c>, names without control characters.</summary>
internal sealed class ProvisioningOptionsChecks : IValidateOptions<ProvisioningOptions>
{
    public ValidateOptionsResult Validate(string? name, ProvisioningOptions options)
    {
        var problems = new ValidateOptionsResultBuilder();
        CheckZone(problems, options.DefaultTimeZone, "Provisioning:DefaultTimeZone");
        CheckLocale(problems, options.DefaultLocale, "Provisioning:DefaultLocale");
        foreach (var (region, value) in options.Regions)
        {
            CheckZone(problems, value.TimeZone, $"Provisioning:Regions:{region}:TimeZone");
            CheckLocale(problems, value.Locale, $"Provisioning:Regions:{region}:Locale");
        }

        foreach (var (title, role) in options.Roles.Where(r => string.IsNullOrWhiteSpace(r.Value) || r.Value.Length > 80 || r.Value.Any(char.IsControl)))
        {
            problems.AddError($"must name a Salesforce role (at most 80 characters), got '{Quote(role)}'.", $"Provisioning:Roles:{title}");
        }

        if (options.UsernameSuffix.Length > 40 || options.UsernameSuffix.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '@'))
        {
            problems.AddError("must be a short suffix such as .uat (no blank, no @), or empty.", "Provisioning:UsernameSuffix");
        }

        return problems.Build();
    }

    private static void CheckZone(ValidateOptionsResultBuilder problems, string zone, string key)
    {
        if (string.IsNullOrWhiteSpace(zone) || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) || !zone.Contains('/', StringComparison.Ordinal))
        {
            problems.AddError($"must be a time zone id as Salesforce names them (America/Los_Angeles, Europe/London), got '{Quote(zone)}'.", key);
        }
    }

    private static void CheckLocale(ValidateOptionsResultBuilder problems, string locale, string key)
    {
        var parts = locale.Split('_');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 2 || !parts[0].All(char.IsAsciiLetterLower) || parts[1].Length != 2 || !parts[1].All(char.IsAsciiLetterUpper))
        {
            problems.AddError($"must be a Salesforce locale such as en_US or de_DE, got '{Quote(locale)}'.", key);
        }
    }

    private static string Quote(string value) => new([.. value.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
}
