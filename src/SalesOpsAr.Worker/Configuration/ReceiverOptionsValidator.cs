using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>Checks the <c>Receiver</c> section at start.</summary>
internal sealed class ReceiverOptionsValidator : IValidateOptions<ReceiverOptions>
{
    public ValidateOptionsResult Validate(string? name, ReceiverOptions options)
    {
        var problems = new Problems();
        if (options.MaxBodyBytes is < 1024 or > 25 * 1024 * 1024)
        {
            problems.Add("Receiver:MaxBodyBytes", $"must be between 1024 and 26214400 (GitLab's 25 MB), got {options.MaxBodyBytes}.");
        }

        if (options.DuplicateWindow < TimeSpan.Zero)
        {
            problems.Add("Receiver:DuplicateWindow", $"must not be negative, got {options.DuplicateWindow}.");
        }

        return problems.Result();
    }
}
