using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Tests.Settings;

/// <summary>The handbook's values, used when configuration says nothing.</summary>
public sealed class WorkflowSettingsDefaultsTests
{
    [Theory]
    [InlineData("Salesforce: AE profile", true)]
    [InlineData("SFDC: AE profile", true)]
    [InlineData("Chorus: recorder", true)]
    [InlineData("Clari: forecast", true)]
    [InlineData("DataFox: member", true)]
    [InlineData("Okta: group", false)]
    public void SalesSystems_NameTheHandbooksFour(string text, bool expected) =>
        Assert.Equal(expected, new KeywordMatcher(WorkflowSettings.Defaults.SalesSystems).Matches(text));

    [Fact]
    public void SalesSystems_AreNamedAsTheHandbookNamesThem() =>
        Assert.Equal(["Salesforce", "Chorus", "Clari", "DataFox"], WorkflowSettings.Defaults.SalesSystems.Select(s => s.Name));

    [Fact]
    public void HoldLabels_AreTheHandbooksLicenceAndTheManagersApproval() =>
        Assert.Equal(
            [("SalesOPS: Waiting on SFDC License", (string?)null), ("AR-Approval::Needs Manager Approval", "AR-Approval::Manager Approved")],
            WorkflowSettings.Defaults.HoldLabels.Select(h => (h.Label, h.ReleasedBy)));

    [Fact]
    public void NotNeeded_IsTheFifthSalesOpsLabel() =>
        Assert.Equal("SalesOpsAR::Not Needed", WorkflowSettings.Defaults.NotNeededLabel);
}
