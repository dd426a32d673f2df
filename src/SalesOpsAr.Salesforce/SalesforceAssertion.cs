using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SalesOpsAr.Salesforce;

/// <summary>
/// The JWT bearer flow's assertion: RS256 with the connected app's certificate key; <c>iss</c> the consumer key,
/// <c>sub</c> the integration user, <c>aud</c> the login host, <c>exp</c> three minutes on (Salesforce takes no more).
/// </summary>
public static class SalesforceAssertion
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(3);

    /// <summary>Reads a PEM private key (PKCS#1 or PKCS#8); throws <see cref="CryptographicException"/> or <see cref="ArgumentException"/> when it holds none.</summary>
    public static RSA ReadKey(string pem)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            _ = rsa.ExportParameters(includePrivateParameters: true); // a public key alone cannot sign
            return rsa;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    public static string Create(RSA key, string clientId, string username, string audience, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", username)]),
            Expires = (now + Lifetime).UtcDateTime,
            // Not cached: each sign-in reads the key file afresh (a rotated key is used at once) and disposes it after.
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256)
            {
                CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
            },
        });
    }
}
