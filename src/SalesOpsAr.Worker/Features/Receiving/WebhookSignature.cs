using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>
/// GitLab's signing tokens (Standard Webhooks): <c>webhook-signature: v1,&lt;base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")&gt;</c>
/// over the raw bytes of the body, before any parsing; several space-separated signatures, any valid one passes; compared
/// in constant time; a timestamp more than five minutes away is a replay. Written here rather than taken from the
/// <c>StandardWebhooks</c> package, which verifies a body already decoded into a string on the system clock.
/// </summary>
internal static class WebhookSignature
{
    public const string Prefix = "whsec_";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The HMAC key of a signing token as GitLab shows it (<c>whsec_</c> and base64); null when it is not one.</summary>
    public static byte[]? KeyOf(string? token)
    {
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = new byte[token.Length];
        return Convert.TryFromBase64String(token[Prefix.Length..], key, out var length) && length >= 16 ? key[..length] : null;
    }

    /// <returns>Null when the delivery is signed with the key and on time; else what is wrong, for the 401's reason.</returns>
    public static string? Problem(ReadOnlySpan<byte> body, string? id, string? timestamp, string? signatures, byte[] key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatures))
        {
            return "webhook-id, webhook-timestamp or webhook-signature is missing";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
        {
            return "webhook-timestamp is more than 5 minutes away (a replay, or a clock gone wrong)";
        }

        var head = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var signed = new byte[head.Length + body.Length];
        head.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(head.Length));
        Span<byte> expected = stackalloc byte[32];
        HMACSHA256.HashData(key, signed, expected);

        Span<byte> presented = stackalloc byte[32];
        foreach (var signature in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (signature.StartsWith("v1,", StringComparison.Ordinal)
                && Convert.TryFromBase64String(signature[3..], presented, out var length) && length == 32
                && CryptographicOperations.FixedTimeEquals(presented, expected))
            {
                return null;
            }
        }

        return "webhook-signature does not match the signing token";
    }
}
