using System.Text;
using SalesOpsAr.Worker.Features.Interacting;

namespace SalesOpsAr.Worker.Tests.Features.Interacting;

/// <summary>Slack's v0 request signing (#25), over the raw bytes, in constant time, five minutes either way.</summary>
public sealed class SlackSignatureTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("payload=%7B%22type%22%3A%22block_actions%22%7D");
    private static readonly string Timestamp = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void SlacksSignature_Passes() =>
        Assert.Null(SlackSignature.Problem(Body, Timestamp, FakeSlack.Signature(Body, Timestamp, Secret), Secret, Now));

    [Fact]
    public void SlacksDocumentedExample_Passes()
    {
        // api.slack.com/authentication/verifying-requests-from-slack: the worked example, byte for byte.
        var body = Encoding.UTF8.GetBytes("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

        Assert.Null(SlackSignature.Problem(body, "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Secret, DateTimeOffset.FromUnixTimeSeconds(1531420618)));
    }

    [Fact]
    public void AWrongSecret_IsRefused() =>
        Assert.Equal("X-Slack-Signature does not match", SlackSignature.Problem(Body, Timestamp, FakeSlack.Signature(Body, Timestamp, "another-secret-0123456789"), Secret, Now));

    [Fact]
    public void ABodyAlteredByOneByte_IsRefused()
    {
        var signature = FakeSlack.Signature(Body, Timestamp, Secret);
        var altered = (byte[])Body.Clone();
        altered[^1] ^= 1;

        Assert.Equal("X-Slack-Signature does not match", SlackSignature.Problem(altered, Timestamp, signature, Secret, Now));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void ATimestampMoreThanFiveMinutesAway_IsAReplay(int seconds)
    {
        var stamp = (Now.ToUnixTimeSeconds() + seconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.StartsWith("X-Slack-Request-Timestamp is more than 5 minutes from now", SlackSignature.Problem(Body, stamp, FakeSlack.Signature(Body, stamp, Secret), Secret, Now), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("1764064800", null)]
    [InlineData("", "")]
    public void MissingHeaders_AreRefused(string? timestamp, string? signature) =>
        Assert.Equal("X-Slack-Request-Timestamp or X-Slack-Signature is missing", SlackSignature.Problem(Body, timestamp, signature, Secret, Now));

    [Theory]
    [InlineData("soon", "X-Slack-Request-Timestamp is not Unix seconds")]
    [InlineData("-1764064800", "X-Slack-Request-Timestamp is not Unix seconds")]
    public void ATimestampThatIsNoNumber_IsRefused(string timestamp, string problem) =>
        Assert.Equal(problem, SlackSignature.Problem(Body, timestamp, "v0=" + new string('0', 64), Secret, Now));

    [Fact]
    public void AnotherVersionOrLength_IsRefused()
    {
        Assert.Equal("X-Slack-Signature is not a v0 signature", SlackSignature.Problem(Body, Timestamp, "v1=" + new string('0', 64), Secret, Now));
        Assert.Equal("X-Slack-Signature is not a v0 signature", SlackSignature.Problem(Body, Timestamp, "v0=00", Secret, Now));
    }
}
