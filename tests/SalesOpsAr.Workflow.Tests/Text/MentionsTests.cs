using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Tests.Text;

public sealed class MentionsTests
{
    [Theory]
    [InlineData("cc @amber @meri", new[] { "amber", "meri" })]
    [InlineData("/cc @amber.", new[] { "amber" })]
    [InlineData("mail amber@example.com", new string[0])]
    [InlineData("`@amber` in code", new string[0])]
    [InlineData("(@Meri-B)", new[] { "Meri-B" })]
    public void In_Text_FindsMentionedUsernames(string text, string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.OrdinalIgnoreCase), Mentions.In(text).Order(StringComparer.OrdinalIgnoreCase));
}
