using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>
/// A receiver outside Development needs <c>GitLab:WebhookSecret</c> or <c>Receiver:SigningToken</c> (it refuses
/// unauthenticated webhooks); a signing token must be one, and "both" needs both.
/// </summary>
internal sealed class WebhookSecretCheck(RunMode mode, IConfiguration configuration) : IValidateOptions<GitLabOptions>
{
    public ValidateOptionsResult Validate(string? name, GitLabOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ValidateOptionsResultBuilder();
        // Read as written, not through the Receiver section's own validated options: its problems are its own to list.
        var signing = configuration[$"{ReceiverOptions.Section}:{nameof(ReceiverOptions.SigningToken)}"] ?? "";
        var both = string.Equals(configuration[$"{ReceiverOptions.Section}:{nameof(ReceiverOptions.Authentication)}"], nameof(WebhookAuthentication.Both), StringComparison.OrdinalIgnoreCase);
        if (signing.Length > 0 && WebhookSignature.KeyOf(signing) is null)
        {
            problems.AddError("must be the webhook's signing token as GitLab shows it: whsec_ and base64 (16 bytes at least).", "Receiver:SigningToken");
        }

        if (mode.Runs(Roles.Receiver) && !mode.IsDevelopment && string.IsNullOrWhiteSpace(options.WebhookSecret) && signing.Length == 0)
        {
            problems.AddError("must be set (or Receiver:SigningToken): the receiver refuses unauthenticated webhooks outside Development. Use the secret token configured on the GitLab webhook.", "GitLab:WebhookSecret");
        }

        if (both && (string.IsNullOrWhiteSpace(options.WebhookSecret) || signing.Length == 0))
        {
            problems.AddError("is Both: set GitLab:WebhookSecret and Receiver:SigningToken, or choose Either.", "Receiver:Authentication");
        }

        return problems.Build();
    }
}
