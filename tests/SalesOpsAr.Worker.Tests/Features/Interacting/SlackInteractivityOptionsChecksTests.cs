using SalesOpsAr.Worker.Features.Interacting;

namespace SalesOpsAr.Worker.Tests.Features.Interacting;

/// <summary>The buttons' settings checked at start (#25): each problem named by its key, no secret echoed.</summary>
public sealed class SlackInteractivityOptionsChecksTests
{
    private static IReadOnlyList<string> Problems(SlackInteractivityOptions options) =>
        new SlackInteractivityOptionsChecks().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Off_IsFine() => Assert.Empty(Problems(new SlackInteractivityOptions()));

    [Fact]
    public void ASecretAMappingAndABotToken_AreFine() => Assert.Empty(Problems(new SlackInteractivityOptions
    {
        SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5",
        Users = new(StringComparer.Ordinal) { ["U012ABCDEF"] = "jdoe" },
        BotToken = "xoxb-123-456-abc",
    }));

    [Theory]
    [InlineData("short", "Notifications:Slack:SigningSecret")]
    [InlineData("a secret with blanks 0123456789", "Notifications:Slack:SigningSecret")]
    public void ASigningSecretThatIsNone_NamesItsKey_WithoutEchoingIt(string secret, string key)
    {
        var problem = Assert.Single(Problems(new SlackInteractivityOptions { SigningSecret = secret }));

        Assert.Contains(key, problem, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("U0 X", "jdoe")]
    [InlineData("U012ABCDEF", "@jdoe")]
    [InlineData("U012ABCDEF", "j doe")]
    public void AMappingThatIsNone_NamesItsKey(string slackId, string username) =>
        Assert.Contains(Problems(new SlackInteractivityOptions { Users = new(StringComparer.Ordinal) { [slackId] = username } }), p => p.Contains("Notifications:Slack:Users:", StringComparison.Ordinal));

    [Theory]
    [InlineData("xoxp-user-token", "Notifications:Slack:BotToken")]
    public void ATokenThatIsNoBotToken_NamesItsKey(string token, string key) =>
        Assert.Contains(Problems(new SlackInteractivityOptions { BotToken = token }), p => p.Contains(key, StringComparison.Ordinal) && !p.Contains(token, StringComparison.Ordinal));

    [Theory]
    [InlineData("http://slack.com/api/")]
    [InlineData("https://slack.com/api")]
    public void AnApiAddressThatIsNoSlacks_NamesItsKey(string url) =>
        Assert.Contains(Problems(new SlackInteractivityOptions { ApiUrl = url }), p => p.Contains("Notifications:Slack:ApiUrl", StringComparison.Ordinal));
}
