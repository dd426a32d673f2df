using SalesOpsAr.Worker.Features.Status;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Tests.Features.Status;

/// <summary>The page as rendered from a snapshot: every text from GitLab encoded, the columns, the load and the health as they read.</summary>
public sealed class StatusPageRenderTests
{
    private const string Hostile = "<img src=x onerror=alert(1)>&\"'";
    private static readonly DateTimeOffset Swept = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static StatusSnapshot Snapshot(params StatusCard[] cards) => new()
    {
        SweptAt = Swept,
        SweepDuration = TimeSpan.FromSeconds(1.2),
        GitLabCalls = 12,
        CallsPerMinute = 300,
        Cards = cards,
        Load = [new TeamLoad("jdoe", 2, false, null), new TeamLoad("ksmith", 1, true, new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero)), new TeamLoad("amber", 1, true, null)],
        Webhook = "enabled",
    };

    private static StatusCard Card(long iid, ArState state, double age = 1, string title = "Jane Doe, Salesforce, AE", IReadOnlyList<string>? assignees = null, string? reason = null) => new()
    {
        Iid = iid, Title = title, State = state, AgeBusinessDays = age, Assignees = assignees ?? [], HoldReason = reason, Url = $"https://gitlab.example.com/ar/-/issues/{iid}",
    };

    private static string Render(StatusSnapshot? snapshot, bool showTitles = true, string zone = "UTC") =>
        StatusPage.Render(snapshot, showTitles, Swept.AddMinutes(90), TimeZoneInfo.FindSystemTimeZoneById(zone), "1.2.3");

    [Fact]
    public void EveryTextFromGitLab_IsEncoded()
    {
        var html = Render(Snapshot(Card(1, ArState.InProgress, title: Hostile, assignees: [Hostile, "jdoe"]), Card(2, ArState.OnHold, reason: Hostile)) with
        {
            Load = [new TeamLoad(Hostile, 1, false, null)],
            Webhook = Hostile,
        });

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("#1 &lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;</a>", html, StringComparison.Ordinal); // the title
        Assert.Contains("· &lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;, jdoe</div>", html, StringComparison.Ordinal); // the assignees
        Assert.Contains("<div class=\"reason\">&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39; (1)</div>", html, StringComparison.Ordinal); // the hold's reason
        Assert.Contains("<tr><td>&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;</td><td>1</td>", html, StringComparison.Ordinal); // the load
        Assert.Contains("<tr><th>GitLab webhook</th><td>&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;</td></tr>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/relative/-/issues/1")]
    public void ACardsLink_IsOnlyAWebAddress(string url)
    {
        var html = Render(Snapshot(Card(1, ArState.ActionNeeded) with { Url = url }));

        Assert.DoesNotContain("<a href", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"card\">#1 Jane Doe, Salesforce, AE<div", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_CountTheirCards_OldestFirst_AndHoldsGroupByReason()
    {
        var html = Render(Snapshot(
            Card(1, ArState.ActionNeeded, age: 1), Card(2, ArState.ActionNeeded, age: 5), Card(3, ArState.InProgress),
            Card(4, ArState.OnHold, reason: "waiting on an SFDC licence"), Card(5, ArState.OnHold, reason: "waiting on an SFDC licence"), Card(6, ArState.OnHold),
            Card(7, ArState.Completed)));

        Assert.Contains("<h3>Action Needed <span class=\"muted\">(2)</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>In Progress <span class=\"muted\">(1)</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>On Hold <span class=\"muted\">(3)</span></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Completed, still open <span class=\"muted\">(1)</span></h3>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">#2 ", StringComparison.Ordinal) < html.IndexOf(">#1 ", StringComparison.Ordinal), "the older card first");
        Assert.Contains("<div class=\"reason\">waiting on an SFDC licence (2)</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"reason\">no reason given (1)</div>", html, StringComparison.Ordinal);
        Assert.Contains("7 open ARs.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ACard_SaysItsAgeAssigneesDueDateAndFlags()
    {
        var html = Render(Snapshot(Card(1, ArState.InProgress, age: 4, assignees: ["jdoe", "ksmith"]) with
        {
            DueDate = new DateOnly(2026, 11, 20),
            Flags = [FlagKind.Overdue, FlagKind.Stale, FlagKind.AssigneeOutOfOffice, FlagKind.Unassigned, FlagKind.HoldReview],
        }));

        Assert.Contains("<div class=\"muted\">4 business days old · jdoe, ksmith · due 20 Nov 2026</div>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"flag\">overdue</span><span class=\"flag\">stale</span><span class=\"flag\">assignee out of office</span><span class=\"flag\">unassigned</span><span class=\"flag\">hold to review</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TitlesHidden_ACardIsItsNumber()
    {
        var html = Render(Snapshot(Card(1, ArState.ActionNeeded)), showTitles: false);

        Assert.Contains(">#1</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Doe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLoad_SaysWhoIsOutAndUntilWhen_InTheTeamsTimeZone()
    {
        var html = Render(Snapshot(), zone: "Pacific/Auckland");

        Assert.Contains("<tr><td>jdoe</td><td>2</td><td>no</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>ksmith</td><td>1</td><td>yes until 1 Dec</td></tr>", html, StringComparison.Ordinal); // 30 Nov 23:00 UTC is 1 Dec in Auckland
        Assert.Contains("<tr><td>amber</td><td>1</td><td>yes, no return date set</td></tr>", html, StringComparison.Ordinal); // a status without "clear after"
    }

    [Fact]
    public void NobodyAssigned_TheLoadSaysSo()
    {
        var html = Render(Snapshot() with { Load = [] });

        Assert.Contains("Nobody from the team is assigned an open AR.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>Team member</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_SaysTheSweepTheWebhookTheQueuesAndTheRateLimit()
    {
        var html = Render(Snapshot() with
        {
            Failures = 2,
            DryRun = true,
            Queues = new Dictionary<string, long?> { ["salesopsar-ar-changed"] = 3, ["salesopsar-ar-changed_error"] = null },
            RateLimitRemaining = 1_999,
        });

        Assert.Contains("As of the sweep at Wed 25 Nov 09:00 UTC (1.5 h ago), dry-run. 0 open ARs.", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Last sweep</th><td>Wed 25 Nov 09:00 UTC, 1.2 s, 12 GitLab calls (budget 300/min), 2 ARs failed</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>GitLab webhook</th><td>enabled</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Queues</th><td>salesopsar-ar-changed 3 &#183; salesopsar-ar-changed_error ?</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>GitLab rate limit</th><td>1999 calls left on its last answer (RateLimit-Remaining)</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Version</th><td>1.2.3</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Page made</th><td>Wed 25 Nov 10:30 UTC</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_WithoutRateLimitHeadersOrFailures()
    {
        var html = Render(Snapshot());

        Assert.Contains("<tr><th>GitLab rate limit</th><td>GitLab sent no RateLimit headers</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("12 GitLab calls (budget 300/min)</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Queues</th><td>in memory (no broker)</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("(1.5 h ago). 0 open ARs.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5, "under a minute")]
    [InlineData(59, "59 min")]
    [InlineData(90, "1.5 h")]
    public void TheSnapshotsAge_ReadsAsAPersonWouldSayIt(double minutes, string said)
    {
        var html = StatusPage.Render(Snapshot(), true, Swept.AddMinutes(minutes), TimeZoneInfo.Utc, "1.2.3");

        Assert.Contains($"({said} ago)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeTheFirstSweep_ThePageSaysSo_AndStillShowsTheVersion()
    {
        var html = Render(null);

        Assert.Contains("No sweep has finished in this process yet", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Version</th><td>1.2.3</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Last sweep", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePage_IsOneWholeDocument_InItsOrder()
    {
        var html = Render(Snapshot(Card(1, ArState.ActionNeeded), Card(2, ArState.OnHold, reason: "waiting")));

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Sales Ops ARs</title><style>", html, StringComparison.Ordinal);
        Assert.Contains("</style></head><body><h1>Sales Ops access requests</h1><p class=\"muted\">As of the sweep", html, StringComparison.Ordinal);
        Assert.EndsWith("</td></tr></table></body></html>", html, StringComparison.Ordinal);
        Assert.Contains("2 open ARs.</p><h2>Board</h2><div class=\"board\"><section class=\"column\"><h3>Action Needed", html, StringComparison.Ordinal);
        Assert.Contains("</div></div></section><section class=\"column\"><h3>In Progress <span class=\"muted\">(0)</span></h3></section>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>On Hold <span class=\"muted\">(1)</span></h3><div class=\"reason\">waiting (1)</div><div class=\"card\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Completed, still open <span class=\"muted\">(0)</span></h3></section></div><h2>Load</h2><table><tr><th>Team member</th>", html, StringComparison.Ordinal);
        Assert.Contains("</td></tr></table><h2>Health</h2><table><tr><th>Last sweep</th>", html, StringComparison.Ordinal);
        Assert.Equal(html.Split("<div").Length, html.Split("</div>").Length); // every div closed
        Assert.Equal(html.Split("<table>").Length, html.Split("</table>").Length);
    }

    [Fact]
    public void NotOnHold_CardsAreNotGroupedByReason()
    {
        var html = Render(Snapshot(Card(1, ArState.InProgress, reason: "waiting")));

        Assert.DoesNotContain("class=\"reason\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_NameTheTeamsZone()
    {
        var html = Render(Snapshot(), zone: "Europe/Amsterdam");

        Assert.Contains("As of the sweep at Wed 25 Nov 10:00 Europe/Amsterdam", html, StringComparison.Ordinal);
        Assert.Contains("As of the sweep at Wed 25 Nov 09:00 UTC", Render(Snapshot()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "(1 min ago)")]
    [InlineData(60, "(1 h ago)")]
    public void TheSnapshotsAge_AtItsBoundaries(double minutes, string said) =>
        Assert.Contains(said, StatusPage.Render(Snapshot(), true, Swept.AddMinutes(minutes), TimeZoneInfo.Utc, "1.2.3"), StringComparison.Ordinal);

    [Fact]
    public void ACardsLink_IsItsAddress_Encoded()
    {
        var html = Render(Snapshot(Card(1, ArState.ActionNeeded) with { Url = "http://gitlab.example.com/ar/-/issues/1?a=1&b=2" }));

        Assert.Contains("<a href=\"http://gitlab.example.com/ar/-/issues/1?a=1&amp;b=2\">#1 Jane Doe, Salesforce, AE</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLicencesPanel_SaysEachLicencesSeats_TheReadsTime_TroubleAndBudget()
    {
        var licences = new SalesOpsAr.Worker.Contracts.LicenceSeats
        {
            ReadAt = Swept.AddMinutes(-30),
            Seats = [new("Salesforce", false, 250, 248, true), new("CPQ <b>", true, 20, 20, true), new("Platform", false, 10, 12, false)],
            Problem = "Unavailable: <down>",
            Budget = "31 of 15,000 calls",
            IdleDays = 90,
            Idle = new Dictionary<string, int> { ["Salesforce"] = 14 },
            Waiting =
            [
                new(4242, 7, "<script>x</script>", "javascript:alert(1)", Swept.AddDays(-3), [new("Salesforce", 2)], BotMayRelease: true, Position: 1),
                new(4242, 9, "Ann", "https://gitlab.example.com/ar/-/issues/9", Swept.AddDays(-1), [new("Salesforce", 1), new("CPQ <b>", 1)], BotMayRelease: false, Position: 2),
            ],
            IdleUsers = [new("Dana <i>", "dana@acme.example", "Salesforce", new DateTimeOffset(2026, 5, 9, 0, 0, 0, TimeSpan.Zero))],
        };

        var html = StatusPage.Render(Snapshot(), true, Swept.AddMinutes(90), TimeZoneInfo.Utc, "1.2.3", licences);

        Assert.Contains("<h2>Licences</h2><p class=\"muted\">Salesforce's seats, read at Wed 25 Nov 08:30 UTC (2 h ago).</p><table><tr><th>Licence</th><th>Total</th><th>Used</th><th>Free</th><th>ARs waiting</th><th>Idle (90 days)</th></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Salesforce</td><td>250</td><td>248</td><td>2</td><td>2 (oldest since 22 Nov)</td><td>14</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>CPQ &lt;b&gt; <span class=\"muted\">(add-on)</span></td><td>20</td><td>20</td><td>0</td><td>1 (oldest since 24 Nov)</td><td>0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Platform</td><td colspan=\"3\">counts that make no sense (12 used of 10): nothing is decided on them</td><td>0</td><td>0</td></tr></table>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>1</td><td>#7 &lt;script&gt;x&lt;/script&gt;</td><td>22 Nov</td><td>2 Salesforce</td></tr>", html, StringComparison.Ordinal); // no javascript: link
        Assert.Contains("<tr><td>2</td><td><a href=\"https://gitlab.example.com/ar/-/issues/9\">#9 Ann</a> <span class=\"muted\">(a person's hold: the bot does not release it)</span></td><td>24 Nov</td><td>1 Salesforce, 1 CPQ &lt;b&gt;</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("14 active users have not logged in for 90 days (or never).", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Dana &lt;i&gt;</td><td>dana@acme.example</td><td>Salesforce</td><td>9 May 2026</td></tr></table><p class=\"muted\">The 1 longest idle are listed.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana", StatusPage.Render(Snapshot(), false, Swept.AddMinutes(90), TimeZoneInfo.Utc, "1.2.3", licences), StringComparison.Ordinal);
        Assert.Contains("<p><span class=\"flag\">Salesforce</span> the last read failed: Unavailable: &lt;down&gt;</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\">Salesforce API: 31 of 15,000 calls.</p><h2>Health</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Salesforce</th><td>the last read failed: Unavailable: &lt;down&gt;</td></tr><tr><th>Salesforce API budget</th><td>31 of 15,000 calls</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLicencesPanel_BeforeAnyRead_AndOff()
    {
        var none = StatusPage.Render(Snapshot(), true, Swept, TimeZoneInfo.Utc, "1.2.3", new SalesOpsAr.Worker.Contracts.LicenceSeats { Problem = "SignInRefused: no" });

        Assert.Contains("<h2>Licences</h2><p class=\"muted\">No seats read from Salesforce yet.</p><p><span class=\"flag\">Salesforce</span> the last read failed: SignInRefused: no</p><h2>Health</h2>", none, StringComparison.Ordinal);
        Assert.DoesNotContain("Licences", Render(Snapshot()), StringComparison.Ordinal);
    }
}
