using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Tests.Text;

public sealed class KeywordMatcherTests
{
    private static readonly KeywordMatcher Systems = new([new SalesSystem("Clari", ["Clari"]), new SalesSystem("Salesforce", ["SFDC", " "])]);

    [Theory]
    [InlineData("Clari: forecast", true)]
    [InlineData("needs clari", true)]
    [InlineData("(SFDC)", true)]
    [InlineData("Clarity dashboard", false)]
    [InlineData("SFDCx", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Matches_WholeWordsInAnyCase(string? text, bool expected) => Assert.Equal(expected, Systems.Matches(text));

    [Fact]
    public void Matches_NoKeywordsConfigured_MatchesNothing() =>
        Assert.False(new KeywordMatcher([new SalesSystem("Blank", [" ", ""])]).Matches("anything at all"));
}
