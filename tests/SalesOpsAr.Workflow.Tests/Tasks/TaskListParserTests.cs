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
        var item = Assert.Single(TaskListParser.Parse(line).Items);
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
    [InlineData("```\n```js\n- [x] still in code: a fence with an info string opens, never closes\n```")]
    [InlineData("````\n```\n- [x] still in code: a shorter run does not close\n````")]
    [InlineData("```\n    ```\n- [x] still in code: indented four is no fence\n```")]
    [InlineData("~~~\n```\n- [x] still in code: the other character does not close\n~~~")]
    public void Parse_ThingsGitLabDoesNotCount_AreNotTasks(string markdown) =>
        Assert.Empty(TaskListParser.Parse(markdown).Items);

    [Theory]
    [InlineData("``\n- [x] two backticks are no fence\n``")]
    [InlineData("```inline``` code is no fence\n- [x] counted")]
    [InlineData("```\ncode\n   ```   \n- [x] after a closing fence indented three, blanks after it")]
    [InlineData("<!--\n-->\n- [x] after a comment closed at the line's start")]
    [InlineData("<!-- a --> <!-- b -->\n- [x] after two comments on a line")]
    public void Parse_AfterWhatLooksLikeCodeOrAComment_ItemsCount(string markdown) =>
        Assert.True(Assert.Single(TaskListParser.Parse(markdown).Items).Checked);

    [Fact]
    public void Parse_Headings_AreRememberedPerItem()
    {
        var items = TaskListParser.Parse("#### IT to-do:\r\n* [ ] Okta\r\n#### Sales to-do:\r\n* [x] SFDC: AE").Items;

        Assert.Equal([("IT to-do:", false), ("Sales to-do:", true)], items.Select(i => (i.Heading, i.Checked)));
        Assert.Equal("SFDC: AE", items[1].Text);
    }

    [Fact]
    public void Parse_SubHeadings_StayInsideTheirSection()
    {
        var items = TaskListParser.Parse("""
            ### Sales Ops
            * [x] Salesforce: AE profile
            #### Chorus
            * [ ] Role, Team and License Type set
            ### IT
            * [ ] Okta
            """).Items;

        Assert.Equal(
            [["Sales Ops"], ["Sales Ops", "Chorus"], ["IT"]],
            items.Select(i => i.Sections.Select(h => h.Text).ToArray()));
    }

    [Theory]
    [InlineData("**Sales Ops to-do:**", "Sales Ops to-do:")]
    [InlineData("**Sales Ops to-do**:", "Sales Ops to-do")]
    [InlineData("__Sales to-do__", "Sales to-do")]
    [InlineData("  **Sales Ops**  ", "Sales Ops")]
    public void Parse_ALineOfBoldTextAlone_IsAHeading(string line, string heading)
    {
        var list = TaskListParser.Parse($"Intro.\n\n{line}\n- [ ] Provision the user");

        Assert.Equal(heading, Assert.Single(list.Headings).Text);
        Assert.Equal(heading, Assert.Single(list.Items).Heading);
    }

    [Theory]
    [InlineData("Some **bold** words in a sentence")]
    [InlineData("**bold** then text")]
    [InlineData("****")]
    public void Parse_BoldInsideASentence_IsNoHeading(string line) =>
        Assert.Empty(TaskListParser.Parse($"{line}\n- [ ] a").Headings);

    [Fact]
    public void Parse_AShortLineEndingInAColonAfterABlank_IsAHeading()
    {
        var list = TaskListParser.Parse("Hello team.\n\nSales Ops tasks:\n- [ ] Create the user\n");

        Assert.Equal("Sales Ops tasks:", Assert.Single(list.Items).Heading);
    }

    [Theory]
    [InlineData("Intro\nWe need these:\n- [ ] a")]
    [InlineData("\n- [ ] a list item that ends:\n- [ ] b")]
    [InlineData("\n> quoted:\n- [ ] a")]
    public void Parse_AColonInsideProseOrLists_IsNoHeading(string markdown)
    {
        var list = TaskListParser.Parse(markdown);

        Assert.Empty(list.Headings);
        Assert.All(list.Items, i => Assert.Null(i.Heading));
    }

    [Fact]
    public void Parse_AMarkdownHeading_EndsABoldSectionOfItsOwnLevelOrDeeper()
    {
        var items = TaskListParser.Parse("**Sales Ops to-do:**\n- [ ] a\n#### IT to-do:\n- [ ] b").Items;

        Assert.Equal(["Sales Ops to-do:", "IT to-do:"], items.Select(i => i.Heading));
        Assert.Single(items[1].Sections);
    }

    [Fact]
    public void Parse_TextAfterAClosedComment_StillCounts() =>
        Assert.Single(TaskListParser.Parse("<!-- note\nmore -->\n- [x] Clari").Items);

    [Fact]
    public void Parse_LongerThanGitLabAllows_IsMarkedUnread()
    {
        var list = TaskListParser.Parse(new string('a', TaskListParser.MaxLength + 1));

        Assert.True(list.Unread);
        Assert.Empty(list.Items);
    }
}
