using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Tasks;

/// <summary>Whose task is it (Rule 3), and how an edit changed Sales Ops' tasks (Rule 4).</summary>
public sealed class SalesOpsTasksTests
{
    private static readonly SalesOpsTasks Sut = new(Ars.Settings);

    [Theory]
    [InlineData("### Sales Ops\n#### Chorus\n- [ ] Send Invites", TaskOwner.SalesOps)] // a sub-heading stays in the section
    [InlineData("**Sales Ops to-do:**\n- [ ] Create the user", TaskOwner.SalesOps)]
    [InlineData("__Sales to-do__\n- [ ] Create the user", TaskOwner.SalesOps)]
    [InlineData("\nSales Operations:\n- [ ] Create the user", TaskOwner.SalesOps)]
    [InlineData("#### IT to-do:\n- [x] Okta: add the Salesforce SSO tile", TaskOwner.OtherTeam)] // names a sales system, still IT's
    [InlineData("### Sales Ops\n#### IT to-do:\n- [ ] Okta: SFDC tile", TaskOwner.OtherTeam)] // the nearest team heading wins
    [InlineData("#### IT to-do:\n##### Salesforce\n- [ ] SSO tile", TaskOwner.OtherTeam)] // a heading naming no team stays in IT's
    [InlineData("- [ ] SFDC: profile", TaskOwner.SalesOps)] // outside any team's section, a sales system makes it Sales Ops'
    [InlineData("## Accounts\n- [ ] Clari: forecast user", TaskOwner.SalesOps)]
    [InlineData("- [ ] Okta: group", TaskOwner.Nobody)]
    public void OwnerOf_AnItem_IsItsNearestTeamSectionElseItsSystem(string markdown, TaskOwner owner) =>
        Assert.Equal(owner, Sut.OwnerOf(Assert.Single(TaskListParser.Parse(markdown).Items)));

    [Fact]
    public void Summarize_CountsOnlySalesOpsTasks()
    {
        var summary = Sut.Summarize(TaskListParser.Parse(Ars.ChorusSubsection));

        Assert.Equal(3, summary.Count);
        Assert.Equal(1, summary.Completed);
        Assert.Equal(["Role, Team and License Type set", "Send Invites"], summary.Open.Select(i => i.Text));
        Assert.False(summary.AllDone);
    }

    [Fact]
    public void Summarize_SeveralSalesOpsSections_CountTogether()
    {
        const string bulk = "### Ana Lima\n#### Sales Ops to-do:\n- [x] Salesforce: SDR profile\n\n#### IT to-do:\n- [ ] Okta: sales group\n\n"
            + "### Ben Ode\n#### Sales Ops to-do:\n- [ ] Salesforce: SDR profile\n- [x] Chorus: invite";

        var summary = Sut.Summarize(TaskListParser.Parse(bulk));

        Assert.Equal(3, summary.Count);
        Assert.Equal(2, summary.Completed);
        Assert.False(summary.AllDone);
        Assert.True(Sut.Summarize(TaskListParser.Parse(bulk.Replace("[ ] Salesforce", "[x] Salesforce", StringComparison.Ordinal))).AllDone);
    }

    [Theory]
    [InlineData("- [x] SFDC: a", "- [x] SFDC: a", TaskChange.None)]
    [InlineData("- [x] SFDC: a", "- [x] SFDC: a\n\nThanks!", TaskChange.None)] // prose edited, tasks the same
    [InlineData("- [ ] SFDC: a", "- [x] SFDC: a", TaskChange.Changed)] // ticked
    [InlineData("- [x] SFDC: a", "- [x] SFDC: a, done", TaskChange.Changed)] // reworded, still ticked
    [InlineData("- [x] SFDC: a\n- [x] Clari: b", "- [x] SFDC: a", TaskChange.Changed)] // removed
    [InlineData("- [x] SFDC: a", "- [ ] SFDC: a", TaskChange.Reopened)] // unticked
    [InlineData("- [x] SFDC: a", "- [x] SFDC: a\n- [ ] Clari: b", TaskChange.Reopened)] // added unticked
    [InlineData("- [x] SFDC: a", "- [x] SFDC: a\n#### IT to-do:\n- [ ] Okta: SFDC tile", TaskChange.None)] // another team's task added
    [InlineData(null, "- [ ] SFDC: a", TaskChange.Reopened)]
    public void Change_BetweenTwoDescriptions(string? before, string after, TaskChange change) =>
        Assert.Equal(change, Sut.Change(TaskListParser.Parse(before), TaskListParser.Parse(after)));
}
