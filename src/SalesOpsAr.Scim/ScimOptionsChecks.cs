using Microsoft.Extensions.Options;

namespace SalesOpsAr.Scim;

/// <summary>The checks of <see cref="ScimOptions"/>, at start and by <c>validate-config</c>: each system's address and token, named by key. No token is echoed.</summary>
public sealed class ScimOptionsChecks : IValidateOptions<ScimOptions>
{
    /// <summary>Systems one service provisions at most.</summary>
    public const int MaxSystems = 20;

    public ValidateOptionsResult Validate(string? name, ScimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ValidateOptionsResultBuilder();
        if (options.Systems.Count > MaxSystems)
        {
            problems.AddError($"at most {MaxSystems} systems, got {options.Systems.Count}.", "Scim:Systems");
        }

        foreach (var (system, settings) in options.Systems)
        {
            var key = $"Scim:Systems:{system}";
            if (system.Equals("Salesforce", StringComparison.OrdinalIgnoreCase))
            {
                problems.AddError("Salesforce has its own connector (the Salesforce section), not SCIM.", key);
            }

            if (!Uri.TryCreate(settings.Url, UriKind.Absolute, out var url) || !(url.Scheme == Uri.UriSchemeHttps || (options.AllowHttp && url.Scheme == Uri.UriSchemeHttp))
                || url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0)
            {
                problems.AddError("must be the SCIM service's https address without a query, such as https://idp.example.com/scim/v2.", key + ":Url");
            }

            if (string.IsNullOrWhiteSpace(settings.Token) || settings.Token.Length > 4096 || settings.Token.Any(c => char.IsControl(c) || c == ' '))
            {
                problems.AddError("must be the service's bearer token: at most 4,096 characters, no blanks or control characters.", key + ":Token");
            }
        }

        if (options.RequestTimeout < TimeSpan.FromSeconds(1) || options.RequestTimeout > TimeSpan.FromMinutes(2))
        {
            problems.AddError($"must be 00:00:01 to 00:02:00, got {options.RequestTimeout}.", "Scim:RequestTimeout");
        }

        if (options.MaxRetries is < 0 or > 5)
        {
            problems.AddError($"must be 0 to 5, got {options.MaxRetries}.", "Scim:MaxRetries");
        }

        return problems.Build();
    }
}
