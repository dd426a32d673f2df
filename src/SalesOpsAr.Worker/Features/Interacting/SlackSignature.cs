using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SalesOpsAr.Worker.Features.Interacting;

/// <summary>
/// Slack's request signing: <c>v0=</c> and the hex of HMAC-SHA256(signing secret, <c>v0:{timestamp}:{raw body}</c>),
/// compared in constant time over the raw bytes before anything is parsed; a timestamp more than five minutes from now
/// is a replay.
/// </summary>
internal static class SlackSignature
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>Why the request is not Slack's; null when it is.</summary>
    public static string? Problem(ReadOnlySpan<byte> body, string? timestamp, string? signature, string secret, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return "X-Slack-Request-Timestamp or X-Slack-Signature is missing";
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return "X-Slack-Request-Timestamp is not Unix seconds";
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > Tolerance.TotalSeconds)
        {
            return "X-Slack-Request-Timestamp is more than 5 minutes from now (a replay?)";
        }

        if (signature.Length != 67 || !signature.StartsWith("v0=", StringComparison.Ordinal))
        {
            return "X-Slack-Signature is not a v0 signature";
        }

        var expected = Encoding.ASCII.GetBytes(Sign(body, timestamp, secret));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? null : "X-Slack-Signature does not match";
    }

    /// <summary>The header a request signed with <paramref name="secret"/> carries (for the tests and the demo's clicks).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string timestamp, string secret)
    {
        var prefix = Encoding.ASCII.GetBytes($"v0:{timestamp}:");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
