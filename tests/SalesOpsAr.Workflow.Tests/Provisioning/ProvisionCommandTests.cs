using SalesOpsAr.Workflow.Provisioning;

namespace SalesOpsAr.Workflow.Tests.Provisioning;

/// <summary>A team member's word to provision, read from a note line by line.</summary>
public sealed class ProvisionCommandTests
{
    private const string Bot = "salesops-ar-bot";

    [Theory]
    [InlineData("@salesops-ar-bot provision salesforce", "salesforce", null)]
    [InlineData("  @SalesOps-AR-Bot   Provision   Salesforce  ", "Salesforce", null)]
    [InlineData("@salesops-ar-bot provision salesforce for jane@example.com", "salesforce", "jane@example.com")]
    [InlineData("@salesops-ar-bot provision clari for jane@example.com.", "clari", "jane@example.com")]
    public void ACommandLine_NamesTheSystem_AndOptionallyOnePerson(string line, string system, string? person)
    {
        var command = Assert.Single(ProvisionCommand.In($"Thanks!\n{line}\nDone.", Bot));

        Assert.Equal((system, person), (command.System, command.For));
    }

    [Theory]
    [InlineData("please @salesops-ar-bot provision salesforce")] // not at the line's start
    [InlineData("@salesops-ar-bot provision")] // no system
    [InlineData("@salesops-ar-bot provision salesforce now please")] // prose
    [InlineData("@salesops-ar-bot provision salesforce for jane")] // no address
    [InlineData("@someone-else provision salesforce")]
    [InlineData("@salesops-ar-bot runbook")]
    [InlineData("")]
    public void AnythingElse_IsNoCommand(string note) => Assert.Empty(ProvisionCommand.In(note, Bot));

    [Fact]
    public void AVeryLongLine_IsProse_NotACommand() =>
        Assert.Empty(ProvisionCommand.In("@salesops-ar-bot provision salesforce for " + new string('a', 400) + "@example.com", Bot));

    [Fact]
    public void TwoCommands_AreBothRead_InOrder() =>
        Assert.Equal(["salesforce", "clari"], ProvisionCommand.In("@salesops-ar-bot provision salesforce\n@salesops-ar-bot provision clari", Bot).Select(c => c.System));
}
