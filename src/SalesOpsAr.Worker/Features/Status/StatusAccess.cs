using System.Security.Cryptography;
using System.Text;

namespace SalesOpsAr.Worker.Features.Status;

/// <summary>
/// Who may see the status page: no credential configured → nobody (404, the page does not exist); otherwise the
/// request must carry it as <c>Authorization: Bearer …</c> or as the password of basic auth (401 with a basic-auth
/// challenge, so a browser asks). Compared in constant time.
/// </summary>
internal static class StatusAccess
{
    public enum Verdict
    {
        Allowed,
        NotConfigured,
        Denied,
    }

    public static Verdict Check(string? authorization, string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return Verdict.NotConfigured;
        }

        var given = Credential(authorization);
        return given is not null && Same(given, token) ? Verdict.Allowed : Verdict.Denied;
    }

    private static string? Credential(string? authorization)
    {
        if (authorization is null || authorization.Length > 4096)
        {
            return null;
        }

        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // Hashes first, so the comparison takes as long whatever the lengths.
    private static bool Same(string given, string token) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
