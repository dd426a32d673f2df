using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>The daily digest: once per business day, from the first sweep after its time, to Slack and the team.</summary>
public sealed class DigestTests : SweepFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Sweep:Digest:At"] = "09:30";
        return settings;
    }

    [Fact]
    public async Task FirstSweepAfterItsTime_SendsTheDigestOnce()
    {
        var monday = Wednesday.AddDays(-2).AddHours(-1);
        Ar(101, ActionNeeded, monday);
        Ar(103, InProgress, monday.AddDays(-7), "jdoe");
        Ar(104, InProgress, monday, "ksmith");
        Ar(105, OnHold, monday.AddDays(-14), "jdoe");
        GitLab.SetStatus("ksmith", new FakeStatus("busy", "OOO", null, new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)));

        var first = await SweepAsync();
        Clock.Advance(TimeSpan.FromMinutes(15));
        var second = await SweepAsync();

        Assert.True(first.DigestSent);
        Assert.False(second.DigestSent);
        var digest = Assert.Single(Slack.Messages, m => m.StartsWith(":bar_chart: *Sales Ops AR digest", StringComparison.Ordinal));
        Assert.Contains("Sales Ops AR digest, Wed 25 Nov 2026", digest, StringComparison.Ordinal);
        Assert.Contains("By state: Action Needed 1 · In Progress 2 · On Hold 1", digest, StringComparison.Ordinal);
        Assert.Contains("|#105 Person 105, Salesforce, AE>: On Hold, opened 9 Nov", digest, StringComparison.Ordinal);
        Assert.Contains("In progress or on hold per assignee: jdoe 2 · ksmith 1", digest, StringComparison.Ordinal);
        Assert.Contains("Out of office: ksmith until 2 Dec", digest, StringComparison.Ordinal);
        Assert.Single(await MailDev.MailToAsync(TeamAddress), m => m.Subject == "Sales Ops AR digest, Wed 25 Nov 2026");
    }

    [Fact]
    public async Task Digest_AHostileTitle_ReachesSlackAsText()
    {
        var ar = Ar(101, ActionNeeded, Wednesday.AddDays(-2).AddHours(-1));
        ar.Title = "<!channel> please <https://evil.example|Re-authenticate> now";

        await SweepAsync();

        Assert.All(Slack.Messages, m =>
        {
            Assert.DoesNotContain("<!channel>", m, StringComparison.Ordinal);
            Assert.DoesNotContain("<https://evil", m, StringComparison.Ordinal);
        });
        Assert.Contains(Slack.Messages, m => m.Contains("&lt;!channel&gt; please &lt;https://evil.example|Re-authenticate&gt; now", StringComparison.Ordinal));
    }
}
