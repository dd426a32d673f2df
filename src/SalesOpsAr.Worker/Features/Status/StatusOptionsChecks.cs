using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Status;

/// <summary>Checks the <c>Status</c> section: a credential, when set, long enough not to be guessed.</summary>
internal sealed class StatusOptionsChecks : IValidateOptions<StatusOptions>
{
    public const int ShortestToken = 16;

    public ValidateOptionsResult Validate(string? name, StatusOptions options)
    {
        var token = options.Token;
        var problems = new ValidateOptionsResultBuilder();
        if (token.Length is > 0 and < ShortestToken || (token.Length > 0 && token.Trim() != token))
        {
            problems.AddError($"must be empty (no status page) or at least {ShortestToken} characters without surrounding spaces: it is the page's password.", "Status:Token");
        }

        return problems.Build();
    }
}
