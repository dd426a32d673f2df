using SalesOpsAr.Workflow.Assisting;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>E-mail addresses in text, found without a regex.</summary>
public sealed class EmailsTests
{
    [Theory]
    [InlineData("jane@example.com", "jane@example.com")]
    [InlineData("<jane.doe+sales@mail.example.co.uk>.", "jane.doe+sales@mail.example.co.uk")]
    [InlineData("a@b.c, d@e.fg", "a@b.c|d@e.fg")]
    [InlineData("mailto:x@y.io)", "x@y.io")]
    [InlineData("@channel and @jane", "")]
    [InlineData("user@localhost", "")]
    [InlineData("x@y.1", "")]
    [InlineData("a@@b.com @.com", "")]
    [InlineData("jöhn@example.com", "")] // not "hn@example.com": the part read is not what people see
    [InlineData("jane@exämple.com", "")] // not "jane@ex…"
    [InlineData("jane@mail.exämple.com", "")] // not "jane@mail.ex"
    [InlineData("Jöhn Doe <john@example.com>", "john@example.com")] // a non-Latin name beside an address is no matter
    public void Found(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Emails.In(text));

    [Theory]
    [InlineData("Email: jane@exämple.com", "jane@exämple.com")]
    [InlineData("| Jöhn | jöhn@example.com | AE |", "jöhn@example.com")]
    [InlineData("**Email:** jane@exämple.com, ok@example.com", "jane@exämple.com")]
    [InlineData("cc @amber @meri, jane@example.com, git@gitlab", "")] // mentions, an address read, no dot: none meant and unread
    [InlineData("a@b.c@exämple.com", "")] // an address is read in it
    [InlineData("x@ä.com y@ä.com x@ä.com", "x@ä.com|y@ä.com")] // each once
    public void WordsMeantAsAddresses_ThatCannotBeRead_AreListed(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Emails.Unreadable(text));

    [Fact]
    public void AnUnreadableWord_IsCut_ForTheNote()
    {
        var word = Assert.Single(Emails.Unreadable("jane@exämple.com" + new string('x', 500)));

        Assert.Equal(101, word.Length);
        Assert.EndsWith("…", word, StringComparison.Ordinal);
    }
}
