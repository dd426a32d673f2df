using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Tests.Text;

/// <summary>Text from GitLab inside the bot's notes: it may be read, never obeyed.</summary>
public sealed class NoteTextTests
{
    [Theory]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("ping @all now", "ping @\u2060all now")]
    [InlineData("@here and @jdoe", "@\u2060here and @\u2060jdoe")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("text\n/close", "text /close")]
    [InlineData("a\u2028b", "a b")]
    [InlineData(null, "")]
    public void Inline_NoMentionNoLineBreak(string? text, string expected) => Assert.Equal(expected, NoteText.Inline(text));

    [Fact]
    public void Inline_NothingMentionsAnyone() =>
        Assert.Empty(Mentions.In(NoteText.Inline("cc @all @amber @meri, thanks @jdoe.")));

    [Theory]
    [InlineData("SaelsOpsAR::In Progress", "`SaelsOpsAR::In Progress`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`start", "`` `start ``")]
    [InlineData("x ``` y", "````x ``` y````")]
    [InlineData("line\n/close", "`line /close`")]
    [InlineData("", "`  `")]
    public void Code_CannotBeClosedFromInside(string text, string expected) => Assert.Equal(expected, NoteText.Code(text));

    [Theory]
    [InlineData("SalesOPS: Waiting on SFDC License", "~\"SalesOPS: Waiting on SFDC License\"")]
    [InlineData("say \"hi\"", "`say \"hi\"`")]
    [InlineData("ask @all", "`ask @all`")]
    public void Label_AReferenceWhenPlainElseCode(string title, string expected) => Assert.Equal(expected, NoteText.Label(title));

    [Theory]
    [InlineData("**Sales Ops AR bot:** fine", "**Sales Ops AR bot:** fine")]
    [InlineData("text\n/close\n  /label ~x", "text\n\\/close\n  \\/label ~x")]
    [InlineData("/assign @me", "\\/assign @me")]
    [InlineData("a path a/b stays", "a path a/b stays")]
    public void Guard_NoLineStartsAQuickAction(string note, string expected) => Assert.Equal(expected, NoteText.Guard(note));
}
