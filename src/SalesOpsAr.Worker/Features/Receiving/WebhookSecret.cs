using System.Security.Cryptography;
using System.Text;

namespace SalesOpsAr.Worker.Features.Receiving;

/// <summary>Compares <c>X-Gitlab-Token</c> with the configured secret in constant time.</summary>
internal static class WebhookSecret
{
    public static bool Matches(string? presented, string expected)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        // Hashing first makes the comparison independent of both lengths.
        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), b);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
