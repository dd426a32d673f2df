using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Status;

/// <summary>
/// The status page in a real browser (headless Chromium): the service on the stateful GitLab fake with a seeded board,
/// one sweep, then the page as a person opens it — a screenshot kept with the test output, and the text it renders.
/// </summary>
public sealed class StatusBrowserTests : SweepFixture
{
    private const string Token = "status-token-0123456789abcdef";
    private static readonly DateTimeOffset Monday = Wednesday.AddDays(-2).AddHours(-1);

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Status:Token"] = Token;
        return settings;
    }

    [Fact]
    public async Task ThePage_RendersTheBoardLoadAndHealth_InChromium()
    {
        var waiting = Ar(201, ActionNeeded, Monday);
        waiting.Title = "Mia Chen, Salesforce, Account Executive";
        var stale = Ar(202, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");
        stale.Title = "Raj Patel, Clari, Sales Manager";
        stale.DueDate = new DateOnly(2026, 11, 20);
        var away = Ar(203, InProgress, Monday, "ksmith");
        away.Title = "Ana Lima, Chorus, SDR";
        GitLab.SetStatus("ksmith", new FakeStatus("busy", "OOO", "palm_tree", new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero)));
        var held = Ar(204, OnHold, Monday, "jdoe");
        held.Labels.Add(HoldReason);
        held.Title = "Omar Haddad, Salesforce, Solutions Architect";
        await SweepAsync();
        var page = new UriBuilder(new Uri(Host.BaseAddress, "/status")) { UserName = "team", Password = Token }.Uri;

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "status.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        await Chromium.ScreenshotAsync(page, screenshot);
        var dom = await Chromium.DumpDomAsync(page);

        Assert.True(new FileInfo(screenshot).Length > 10_000, "a screenshot of a page with content");
        Assert.Contains("<h3>Action Needed <span class=\"muted\">(1)</span></h3>", dom, StringComparison.Ordinal);
        Assert.Contains("#201 Mia Chen, Salesforce, Account Executive", dom, StringComparison.Ordinal);
        Assert.Contains("<span class=\"flag\">unassigned</span>", dom, StringComparison.Ordinal);
        Assert.Contains("#202 Raj Patel, Clari, Sales Manager</a><div class=\"muted\">4 business days old · jdoe · due 20 Nov 2026</div><span class=\"flag\">overdue</span><span class=\"flag\">stale</span>", dom, StringComparison.Ordinal);
        Assert.Contains("<span class=\"flag\">assignee out of office</span>", dom, StringComparison.Ordinal);
        Assert.Contains("<div class=\"reason\">waiting on an SFDC licence (1)</div>", dom, StringComparison.Ordinal);
        Assert.Contains("<td>ksmith</td><td>1</td><td>yes until 30 Nov</td>", dom, StringComparison.Ordinal);
        Assert.Contains("GitLab calls (budget", dom, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheCredential_TheBrowserSeesNothingOfTheBoard()
    {
        Ar(205, ActionNeeded, Monday).Title = "Secret Person, Salesforce, AE";
        await SweepAsync();

        var dom = await Chromium.DumpDomAsync(new Uri(Host.BaseAddress, "/status"));

        Assert.DoesNotContain("Secret Person", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("Action Needed", dom, StringComparison.Ordinal);
    }
}
