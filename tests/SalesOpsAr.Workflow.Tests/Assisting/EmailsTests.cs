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
    public void Found(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Emails.In(text));
}
