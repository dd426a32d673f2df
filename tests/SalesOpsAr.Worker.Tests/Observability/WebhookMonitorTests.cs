using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Observability;

/// <summary>With GitLab:HookId set, a hook GitLab has disabled is reported loudly, once per change.</summary>
public sealed class WebhookMonitorTests : SweepFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["GitLab:HookId"] = "7";
        return settings;
    }

    [Fact]
    public async Task DisabledHook_IsReportedOncePerChange_InTheLogAndOnSlack()
    {
        GitLab.HookAlertStatus = "temporarily_disabled";
        GitLab.HookDisabledUntil = Wednesday.AddHours(1);

        await SweepAsync();
        await SweepAsync();
        GitLab.HookAlertStatus = "executable";
        await SweepAsync();
        GitLab.HookAlertStatus = "disabled";
        await SweepAsync();

        var alerts = Slack.Messages.Where(m => m.Contains("GitLab has disabled the Sales Ops AR webhook", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Contains("Hook 7 is temporarily_disabled until 2026-11-25 11:00:00Z", alerts[0], StringComparison.Ordinal);
        Assert.Contains(Host.Logs.Messages, m => m.Contains("GitLab has disabled webhook 7 of project 4242", StringComparison.Ordinal));
        Assert.Contains(Host.Logs.Messages, m => m.Contains("Webhook 7 of project 4242 is enabled", StringComparison.Ordinal));
        Assert.Equal(4, GitLab.Calls().Count(c => c == "GET /api/v4/projects/4242/hooks/7"));
    }
}
