using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Bus;
using SalesOpsAr.Worker.Features.Receiving;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

/// <summary>A receiver outside Development must have the webhook secret; nothing else needs it.</summary>
public sealed class WebhookSecretCheckTests
{
    [Theory]
    [InlineData(Roles.Receiver, false, "", true)]
    [InlineData(Roles.Receiver, false, "  ", true)]
    [InlineData(Roles.Receiver, false, "s3cret", false)]
    [InlineData(Roles.Receiver, true, "", false)] // Development: a local try without a secret
    [InlineData(Roles.Reconciler | Roles.Sweeper, false, "", false)] // receives nothing
    public void TheSecret_IsRequiredOfAReceiverOutsideDevelopment(Roles roles, bool development, string secret, bool refused)
    {
        var check = new WebhookSecretCheck(new RunMode(roles, TransportKind.InMemory, CanRead: false, DryRun: true, IsDevelopment: development), new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());

        var result = check.Validate(null, new GitLabOptions { WebhookSecret = secret });

        Assert.Equal(refused, result.Failed);
        if (refused)
        {
            Assert.Contains("GitLab:WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("must be set (or Receiver:SigningToken): the receiver refuses unauthenticated webhooks outside Development", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
