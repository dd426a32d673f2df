using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Notifying;

namespace SalesOpsAr.Worker.Tests.Features.Notifying;

/// <summary>AR titles are written by anyone: in Slack they stay text (no broadcast, no mention, no disguised link), in email HTML too.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<!channel> <!subteam^S0123|sales> <@U0456> <https://evil.example|Re-authenticate> & <b>bold</b>";

    private static readonly Notice Nudge = new()
    {
        Kind = NoticeKind.Nudges,
        Subject = "1 Sales Ops AR needs attention: " + Hostile,
        Paragraphs = [Hostile],
        Items = [new NoticeItem { Group = Hostile, Reference = "#7", Title = Hostile, Url = "https://gitlab.example.com/ar/-/issues/7?a=1&b=<x>|y", Text = Hostile }],
        Audience = new Audience { TeamChannel = true },
    };

    [Fact]
    public void Slack_EveryTextEscaped_OnlyTheBotsOwnLinkRemains()
    {
        var message = SlackChannel.Message(Nudge);

        Assert.DoesNotContain("<!", message, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", message, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil", message, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", message, StringComparison.Ordinal);
        Assert.Contains("&amp; &lt;b&gt;", message, StringComparison.Ordinal);
        Assert.Single(message.Split('<').Skip(1)); // one '<' in all: the item's link, which the bot made
        Assert.Contains("<https://gitlab.example.com/ar/-/issues/7?a=1&amp;b=%3Cx%3E%7Cy|#7 &lt;!channel&gt;", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void Slack_ALinkThatIsNoWebPage_IsLeftOut(string? url)
    {
        var message = SlackChannel.Message(Nudge with { Items = [Nudge.Items[0] with { Url = url }] });

        Assert.DoesNotContain("javascript", message, StringComparison.Ordinal);
        Assert.DoesNotContain("<", message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailHtml_EveryTextEncoded()
    {
        var html = EmailText.Html(Nudge);

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://gitlab.example.com/ar/-/issues/7?a=1&amp;b=%3Cx%3E", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EmailHtml_ALinkThatIsNoWebPage_IsNoLink() =>
        Assert.DoesNotContain("href", EmailText.Html(Nudge with { Items = [Nudge.Items[0] with { Url = "javascript:alert(1)" }] }), StringComparison.Ordinal);
}
