using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SalesOpsAr.Salesforce;

/// <summary>
/// The checks of <see cref="SalesforceOptions"/>, made at start and by <c>validate-config</c>: nothing when the connector is
/// off; on, the addresses' forms, the flow's required fields, and for the JWT bearer flow a key file that is readable and
/// holds a private key. No value of a secret is ever echoed.
/// </summary>
public sealed class SalesforceOptionsChecks : IValidateOptions<SalesforceOptions>
{
    /// <summary>A PEM key is a few kilobytes; a file larger than this is no key (and is not read whole).</summary>
    public const long MaxKeyFileBytes = 64 * 1024;

    public ValidateOptionsResult Validate(string? name, SalesforceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsOn)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new ValidateOptionsResultBuilder();
        CheckUrl(problems, options.LoginUrl, options.AllowHttp, "Salesforce:LoginUrl",
            options.Flow == SalesforceFlow.JwtBearer ? "https://login.salesforce.com (or https://test.salesforce.com for a sandbox)" : "the org's My Domain, https://acme.my.salesforce.com");
        if (options.Audience.Length > 0)
        {
            CheckUrl(problems, options.Audience, allowHttp: true, "Salesforce:Audience", "https://login.salesforce.com");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            problems.AddError("must be the connected app's consumer key (client id).", "Salesforce:ClientId");
        }

        if (options.Flow == SalesforceFlow.ClientCredentials && string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            problems.AddError("must be set for the client credentials flow (the external client app's secret).", "Salesforce:ClientSecret");
        }

        if (options.Flow == SalesforceFlow.JwtBearer)
        {
            if (string.IsNullOrWhiteSpace(options.Username))
            {
                problems.AddError("must be the integration user's Salesforce username (the JWT's subject).", "Salesforce:Username");
            }

            if (KeyProblem(options.KeyFile) is { } problem)
            {
                problems.AddError(problem, "Salesforce:KeyFile");
            }
        }

        if (!IsApiVersion(options.ApiVersion))
        {
            problems.AddError($"must be a REST API version such as v62.0, got '{Quote(options.ApiVersion)}'.", "Salesforce:ApiVersion");
        }

        if (!(options.BudgetShare > 0 && options.BudgetShare <= 1))
        {
            problems.AddError($"must be a share of the daily allowance above 0 and at most 1 (0.10 is 10%), got {options.BudgetShare}.", "Salesforce:BudgetShare");
        }

        if (options.IdleDays is < 1 or > 3650)
        {
            problems.AddError($"must be 1 to 3650 days, got {options.IdleDays}.", "Salesforce:IdleDays");
        }

        if (string.IsNullOrWhiteSpace(options.DefaultLicence) || options.DefaultLicence.Any(char.IsControl))
        {
            problems.AddError("must name a user licence as Salesforce names it (UserLicense.Name), e.g. Salesforce.", "Salesforce:DefaultLicence");
        }

        foreach (var (word, licence) in options.AddOns)
        {
            if (string.IsNullOrWhiteSpace(word) || word.Any(char.IsControl) || word.Length > 100 || string.IsNullOrWhiteSpace(licence) || licence.Any(char.IsControl) || licence.Length > 255)
            {
                problems.AddError("each add-on maps a word of the AR (at most 100 characters) to a permission-set licence's DeveloperName, e.g. Salesforce__AddOns__CPQ=SalesforceCPQ_CPQStandardPerm.", $"Salesforce:AddOns:{Quote(word)}");
            }
        }

        if (options.AddOns.Count > 50)
        {
            problems.AddError($"at most 50 add-on words, got {options.AddOns.Count}.", "Salesforce:AddOns");
        }

        if (options.RequestTimeout < TimeSpan.FromSeconds(1) || options.RequestTimeout > TimeSpan.FromMinutes(2))
        {
            problems.AddError($"must be 00:00:01 to 00:02:00, got {options.RequestTimeout}.", "Salesforce:RequestTimeout");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            problems.AddError($"must be 0 to 10, got {options.MaxRetries}.", "Salesforce:MaxRetries");
        }

        return problems.Build();
    }

    private static void CheckUrl(ValidateOptionsResultBuilder problems, string value, bool allowHttp, string key, string example)
    {
        if (!(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)) || uri.AbsolutePath.TrimEnd('/').Length > 0 || uri.Query.Length > 0)
        {
            problems.AddError($"must be an address such as {example}, got '{Quote(value)}'.", key);
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !allowHttp)
        {
            problems.AddError($"must be https: the sign-in and the token would travel in clear text (Salesforce:AllowHttp=true only for a local fake), got '{Quote(value)}'.", key);
        }
    }

    private static string? KeyProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "must be the path of the connected app certificate's private key (PEM), mounted as a file.";
        }

        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return $"names no readable file ('{Quote(path)}').";
            }

            if (file.Length > MaxKeyFileBytes)
            {
                return $"is {file.Length:N0} bytes: no key is larger than {MaxKeyFileBytes / 1024} KB ('{Quote(path)}').";
            }

            using var key = SalesforceAssertion.ReadKey(File.ReadAllText(path));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read ('{Quote(path)}': {e.GetType().Name}).";
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return $"holds no RSA private key in PEM ('{Quote(path)}'): the connected app signs with its certificate's private key, not the certificate.";
        }
    }

    private static bool IsApiVersion(string version)
    {
        if (version.Length < 4 || version[0] != 'v')
        {
            return false;
        }

        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return dot > 1 && dot < version.Length - 1 && version[1..dot].All(char.IsAsciiDigit) && version[(dot + 1)..].All(char.IsAsciiDigit);
    }

    // A value on one line, cut: it may hold anything.
    private static string Quote(string value)
    {
        var one = new string([.. value.Take(120).Select(c => char.IsControl(c) ? '?' : c)]);
        return value.Length > 120 ? one + "…" : one;
    }
}
