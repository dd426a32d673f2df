using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>A receiver outside Development needs <c>GitLab:WebhookSecret</c>: it refuses unauthenticated webhooks.</summary>
internal sealed class WebhookSecretCheck(RunMode mode) : IValidateOptions<GitLabOptions>
{
    public ValidateOptionsResult Validate(string? name, GitLabOptions options)
    {
        var problems = new ValidateOptionsResultBuilder();
        if (mode.Runs(Roles.Receiver) && !mode.IsDevelopment && string.IsNullOrWhiteSpace(options.WebhookSecret))
        {
            problems.AddError("must be set: the receiver refuses unauthenticated webhooks outside Development. Use the secret token configured on the GitLab webhook.", "GitLab:WebhookSecret");
        }

        return problems.Build();
    }
}
