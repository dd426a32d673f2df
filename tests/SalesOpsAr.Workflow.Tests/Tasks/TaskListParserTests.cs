using SalesOpsAr.Workflow.Tasks;

namespace SalesOpsAr.Workflow.Tests.Tasks;

public sealed class TaskListParserTests
{
    [Theory]
    [InlineData("- [ ] a", false)]
    [InlineData("- [x] a", true)]
    [InlineData("* [X] a", true)]
    [InlineData("+ [x] a", true)]
    [InlineData("1. [x] a", true)]
    [InlineData("12) [ ] a", false)]
    [InlineData("   - [x] nested", true)]
    public void Parse_ListMarkers_AreTasks(string line, bool done)
    {
        var item = Assert.Single(TaskListParser.Parse(line));
        Assert.Equal(done, item.Checked);
    }

    [Theory]
    [InlineData("- [~] not applicable")]
    [InlineData("-[x] no space")]
    [InlineData("[x] no marker")]
    [InlineData("```\n- [x] in code\n```")]
    [InlineData("~~~md\n- [x] in code\n~~~")]
    [InlineData("<!-- - [x] commented -->")]
    [InlineData("<!--\n- [x] commented\n-->")]
    public void Parse_ThingsGitLabDoesNotCount_AreNotTasks(string markdown) =>
        Assert.Empty(TaskListParser.Parse(markdown));

    [Fact]
    public void Parse_Headings_AreRememberedPerItem()
    {
        var items = TaskListParser.Parse("#### IT to-do:\r\n* [ ] Okta\r\n#### Sales to-do:\r\n* [x] SFDC: AE");

        Assert.Equal([("IT to-do:", false), ("Sales to-do:", true)], items.Select(i => (i.Heading, i.Checked)));
        Assert.Equal("SFDC: AE", items[1].Text);
    }

    [Fact]
    public void Parse_TextAfterAClosedComment_StillCounts() =>
        Assert.Single(TaskListParser.Parse("<!-- note\nmore -->\n- [x] Clari"));
}
