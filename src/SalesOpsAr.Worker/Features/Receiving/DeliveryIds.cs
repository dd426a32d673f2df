using System.Security.Cryptography;
using System.Text;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>
/// Names a delivery for logs and duplicate detection. GitLab's <c>Idempotency-Key</c> is a UUID; anything
/// longer than <see cref="MaxKeyLength"/> or holding other than printable ASCII is replaced by its hash, so a
/// stranger's 30 KB key costs a few bytes of memory and no log line carries it. Without a key, the body's hash.
/// </summary>
internal static class DeliveryIds
{
    public const int MaxKeyLength = 128;

    /// <summary>The id from the header, or null when the delivery carries none (the body's hash is taken later).</summary>
    public static string? FromKey(string? idempotencyKey)
    {
        if (string.IsNullOrEmpty(idempotencyKey))
        {
            return null;
        }

        return idempotencyKey.Length <= MaxKeyLength && idempotencyKey.All(c => c is >= '!' and <= '~')
            ? idempotencyKey
            : "key-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));
    }

    public static string FromBody(ReadOnlySpan<byte> body) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>GitLab's <c>X-Gitlab-Event-UUID</c> when it is one; anything else is dropped: it would ride on every API call of the event.</summary>
    public static string? EventUuid(string? header) =>
        header is { Length: 36 } && Guid.TryParseExact(header, "D", out _) ? header : null;
}
