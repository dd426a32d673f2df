using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Provisioning;

/// <summary>In a dry run (#24) a command calls no connector and writes nothing: the plan is logged instead.</summary>
public sealed class ProvisioningDryRunTests : SweepFixture, IDisposable
{
    private readonly FakeSalesforce _salesforce = new();
    private readonly SalesforceSettings _connector;

    public ProvisioningDryRunTests()
    {
        _connector = new SalesforceSettings(_salesforce);
        _salesforce.Clock = Clock;
    }

    public void Dispose()
    {
        _connector.Dispose();
        _salesforce.Dispose();
    }

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["DryRun"] = "true";
        settings["Reconciler:ArInterval"] = "00:00:00";
        return _connector.Apply(settings);
    }

    [Fact]
    public async Task ACommand_InADryRun_LogsThePlan_AndCallsNothing()
    {
        GitLab.WebhookUrl = Host.WebhookUrl;
        GitLab.WebhookSecret = WorkerHost.WebhookSecret;
        var ar = GitLab.AddIssue(4242, 401, "| Name | Email |\n|---|---|\n| Jane Doe | jane@acme.example |\n| Cleo Park | |\n\n#### Sales to-do:\n* [ ] Salesforce: Account Executive profile\n\ncc @amber @meri", labels: [Ars.InProgress], assignees: ["jdoe"]);

        await GitLab.PersonCommentsAsync(ar, "jdoe", $"@{FakeGitLab.BotUsername} provision salesforce");
        await Host.IdleAsync(GitLab);

        Assert.Contains(Host.Logs.Messages, m => m.StartsWith("Dry run: \"provision salesforce\" by \"jdoe\" on AR 4242#401 would provision 2 people, 1 ready: \"jane@acme.example\"", StringComparison.Ordinal));
        Assert.Empty(ar.BotNotes());
        Assert.Equal(0, _salesforce.DataCalls);
        Assert.Empty(_salesforce.Users());
    }
}
