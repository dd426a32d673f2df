using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Telemetry;

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
        GitLab.BotRole = "Maintainer"; // reading hooks needs it
        GitLab.HookAlertStatus = "temporarily_disabled";
        GitLab.HookDisabledUntil = Wednesday.AddHours(1);

        await SweepAsync();
        await SweepAsync();
        GitLab.HookAlertStatus = "executable";
        GitLab.HookDisabledUntil = null; // GitLab clears it when the hook is enabled again
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

    [Fact]
    public async Task DisabledUntilAhead_IsDisabled_WhateverTheAlertStatusSays()
    {
        GitLab.BotRole = "Maintainer";
        GitLab.HookAlertStatus = "executable";
        GitLab.HookDisabledUntil = Wednesday.AddMinutes(30);

        await SweepAsync();
        Clock.Advance(TimeSpan.FromMinutes(31));
        await SweepAsync();

        var alert = Assert.Single(Slack.Messages, m => m.Contains("GitLab has disabled the Sales Ops AR webhook", StringComparison.Ordinal));
        Assert.Contains("until 2026-11-25 10:30:00Z", alert, StringComparison.Ordinal);
        Assert.Contains(Host.Logs.Messages, m => m.Contains("Webhook 7 of project 4242 is enabled", StringComparison.Ordinal)); // once the time has passed
    }

    [Fact]
    public async Task HookUnreadable_AReporterBot_IsSaidOnceInTheLog_AndTheSweepGoesOn()
    {
        GitLab.HookAlertStatus = "disabled";
        var unassigned = Ar(101, Ars.ActionNeeded, Wednesday.AddDays(-2).AddHours(-1));

        var summary = await SweepAsync();

        Assert.Equal(1, summary.ArsFlagged);
        Assert.Single(unassigned.BotNotes());
        Assert.Contains(Host.Logs.Messages, m => m.Contains("Cannot read webhook 7 of project 4242", StringComparison.Ordinal) && m.Contains("403", StringComparison.Ordinal));
        Assert.DoesNotContain(Slack.Messages, m => m.Contains("disabled the Sales Ops AR webhook", StringComparison.Ordinal));
    }
}
