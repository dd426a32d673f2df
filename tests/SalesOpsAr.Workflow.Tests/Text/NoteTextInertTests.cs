using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Tests.Text;

/// <summary>AR text the bot quotes stays text: no live link, image, HTML, mention or bidi trick from a name or a title.</summary>
public sealed class NoteTextInertTests
{
    public static TheoryData<string, string, string> Hostile => new()
    {
        { "a Markdown link as a name", "[Finish provisioning here](https://evil.example/login)", "\\[Finish provisioning here\\](https:\u2060//evil.example/login)" },
        { "an HTML link in a table cell", "<a href=\"https://evil.example\">Re-authenticate</a>", "\\<a href=\"https:\u2060//evil.example\"\\>Re-authenticate\\</a\\>" },
        { "an image", "![x](https://evil.example/p.png)", "\\!\\[x\\](https:\u2060//evil.example/p.png)" },
        { "a bare address", "see https://evil.example/login", "see https:\u2060//evil.example/login" },
        { "a www address", "www.evil.example", "www\u2060.evil.example" },
        { "a mention of everyone", "@all", "@\u2060all" },
        { "emphasis and code", "*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`" },
        { "a right-to-left override", "Jane \u202EeoD", "Jane eoD" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Inline_KeepsItAsText(string what, string text, string expected) =>
        Assert.True(expected == NoteText.Inline(text), $"{what}: got {NoteText.Inline(text)}");

    [Fact]
    public void Inline_LeavesPlainNamesAndTitlesAsTheyAre() =>
        Assert.Equal("Jane Doe, Chorus, Sales Development Rep (EMEA) 2/3", NoteText.Inline("Jane Doe, Chorus, Sales Development Rep (EMEA) 2/3"));
}
