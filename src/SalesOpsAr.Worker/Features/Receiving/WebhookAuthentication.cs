namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>What a delivery must prove when both the secret token and a signing token are configured.</summary>
public enum WebhookAuthentication
{
    /// <summary>Either the right <c>X-Gitlab-Token</c> or a valid signature: for the migration from one to the other.</summary>
    Either,

    /// <summary>Both.</summary>
    Both,
}
