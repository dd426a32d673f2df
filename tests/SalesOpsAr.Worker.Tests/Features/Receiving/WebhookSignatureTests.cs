using System.Security.Cryptography;
using System.Text;
using SalesOpsAr.Worker.Features.Receiving;

namespace SalesOpsAr.Worker.Tests.Features.Receiving;

/// <summary>GitLab's signing tokens (Standard Webhooks), the check itself: what passes and what does not.</summary>
public sealed class WebhookSignatureTests
{
    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    public static readonly string Token = WebhookSignature.Prefix + Convert.ToBase64String(Key);
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"object_kind":"issue"}""");

    public static string Sign(byte[] key, string id, long timestamp, byte[] body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, (byte[])[.. Encoding.UTF8.GetBytes($"{id}.{timestamp}."), .. body]));

    private static string? Check(byte[]? body = null, string? id = "msg_1", long? at = null, string? signatures = null) =>
        WebhookSignature.Problem(body ?? Body, id, (at ?? Now.ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            signatures ?? Sign(Key, "msg_1", at ?? Now.ToUnixTimeSeconds(), Body), Key, Now);

    [Fact]
    public void ASignedDelivery_Passes() => Assert.Null(Check());

    [Fact]
    public void SeveralSignatures_AnyValidOnePasses() =>
        Assert.Null(Check(signatures: "v1,AAAA " + Sign([.. Key.Reverse()], "msg_1", Now.ToUnixTimeSeconds(), Body) + " " + Sign(Key, "msg_1", Now.ToUnixTimeSeconds(), Body)));

    [Fact]
    public void SignedWithAnotherKey_Fails() =>
        Assert.Equal("webhook-signature does not match the signing token", Check(signatures: Sign([.. Key.Reverse()], "msg_1", Now.ToUnixTimeSeconds(), Body)));

    [Fact]
    public void TheBodyAlteredByOneByte_Fails()
    {
        var altered = (byte[])Body.Clone();
        altered[^2] ^= 1;

        Assert.Equal("webhook-signature does not match the signing token", Check(body: altered));
    }

    [Fact]
    public void AnotherDeliverysId_Fails() => Assert.NotNull(Check(id: "msg_2"));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void ATimestampMoreThanFiveMinutesAway_IsAReplay(int seconds)
    {
        var at = Now.AddSeconds(seconds).ToUnixTimeSeconds();

        Assert.StartsWith("webhook-timestamp is more than 5 minutes away", Check(at: at, signatures: Sign(Key, "msg_1", at, Body)), StringComparison.Ordinal);
    }

    [Fact]
    public void FourMinutesAway_IsOnTime()
    {
        var at = Now.AddMinutes(-4).ToUnixTimeSeconds();

        Assert.Null(Check(at: at, signatures: Sign(Key, "msg_1", at, Body)));
    }

    [Theory]
    [InlineData(null, "1", "v1,x")]
    [InlineData("msg_1", null, "v1,x")]
    [InlineData("msg_1", "1", null)]
    public void AMissingHeader_Fails(string? id, string? timestamp, string? signature) =>
        Assert.Equal("webhook-id, webhook-timestamp or webhook-signature is missing", WebhookSignature.Problem(Body, id, timestamp, signature, Key, Now));

    [Theory]
    [InlineData("")]
    [InlineData("whsec_")]
    [InlineData("whsec_not base64!")]
    [InlineData("whsec_AAAA")] // three bytes: no key
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=")] // no prefix
    public void NotASigningToken_HasNoKey(string token) => Assert.Null(WebhookSignature.KeyOf(token));

    [Fact]
    public void ASigningTokenAsGitLabShowsIt_HasItsKey() => Assert.Equal(Key, WebhookSignature.KeyOf(Token));
}
