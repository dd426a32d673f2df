using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Workflow.Tests.Provisioning;

/// <summary>The commands a note gives the bot (#24): each a line of its own, after the bot's mention; carried as text and read back.</summary>
public sealed class BotCommandTests
{
    private const string Bot = "salesops-ar-bot";

    [Theory]
    [InlineData("@salesops-ar-bot provision salesforce", "provision salesforce")]
    [InlineData("@SalesOps-AR-Bot Provision DataFox for jane@example.com.", "provision DataFox for jane@example.com")]
    [InlineData("  @salesops-ar-bot verify  ", "verify")]
    [InlineData("@salesops-ar-bot verify.", "verify")]
    public void ACommandLine_IsRead(string line, string command) =>
        Assert.Equal(command, Assert.Single(BotCommand.In(line, Bot)).ToString());

    [Theory]
    [InlineData("please @salesops-ar-bot provision salesforce")]
    [InlineData("@salesops-ar-bot provision")]
    [InlineData("@salesops-ar-bot verify everything now")]
    [InlineData("@salesops-ar-bot provision salesforce for jane")]
    [InlineData("@salesops-ar-botty verify")]
    [InlineData("@someone-else verify")]
    public void Prose_IsNoCommand(string line) => Assert.Empty(BotCommand.In(line, Bot));

    [Fact]
    public void ANote_GivesItsCommandsInOrder_FiveAtMost()
    {
        var note = string.Join('\n', Enumerable.Repeat("@salesops-ar-bot provision salesforce\n@salesops-ar-bot verify", 4));

        var commands = BotCommand.In("Thanks!\n" + note, Bot);

        Assert.Equal(BotCommand.MaxPerNote, commands.Count);
        Assert.Equal(["provision salesforce", "verify", "provision salesforce", "verify", "provision salesforce"], commands.Select(c => c.ToString()));
    }

    [Fact]
    public void ALineLongerThanACommand_IsProse() =>
        Assert.Empty(BotCommand.In("@salesops-ar-bot verify" + new string(' ', 400) + "x", Bot));

    [Theory]
    [InlineData("provision salesforce")]
    [InlineData("provision DataFox for jane@example.com")]
    [InlineData("verify")]
    public void ItsText_ReadsBackAsItself(string text) => Assert.Equal(text, BotCommand.Parse(text)?.ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("verify\n@bot provision salesforce")]
    [InlineData("delete everything")]
    public void TextThatIsNoCommand_ReadsAsNone(string? text) => Assert.Null(BotCommand.Parse(text));
}
