using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>The sweep against a seeded GitLab: every flag, batching, memory across restarts, repeats and escalation.</summary>
public sealed class SweepTests : SweepFixture
{
    private static readonly DateTimeOffset Monday = Wednesday.AddDays(-2).AddHours(-1); // Mon 23 Nov 09:00

    [Fact]
    public async Task Sweep_FlagsEachKind_WithOneNoteEachAndOneMessagePerChannel()
    {
        var unassigned = Ar(101, ActionNeeded, Monday);
        var young = Ar(102, ActionNeeded, Wednesday.AddMinutes(-30));
        var stale = Ar(103, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");
        var away = Ar(104, InProgress, Monday, "ksmith");
        GitLab.SetStatus("ksmith", new FakeStatus("busy", "OOO, back in December", "palm_tree", new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)));
        var held = Ar(105, OnHold, new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero), "jdoe");
        GitLab.AddIssue(4242, 106, NonSales);

        var summary = await SweepAsync();

        Assert.Equal((5, 0, 4), (summary.ArsSeen, summary.ArsChanged, summary.ArsFlagged));
        Assert.Contains("@amber @meri, can someone on the team pick it up?", Assert.Single(unassigned.BotNotes()).Body, StringComparison.Ordinal);
        Assert.Empty(young.BotNotes());
        Assert.Contains("@jdoe, this AR has had no activity from Sales Ops for 4 business days.", Assert.Single(stale.BotNotes()).Body, StringComparison.Ordinal);
        Assert.Contains("`ksmith` is out of office until 2 Dec", Assert.Single(away.BotNotes()).Body, StringComparison.Ordinal);
        Assert.Contains("@jdoe, this AR has been On Hold for 12 business days.", Assert.Single(held.BotNotes()).Body, StringComparison.Ordinal);

        var slack = Assert.Single(Slack.Messages);
        Assert.Contains("*Unassigned*", slack, StringComparison.Ordinal);
        Assert.Contains("*Assignee out of office*", slack, StringComparison.Ordinal);
        Assert.Contains("*No activity*", slack, StringComparison.Ordinal);
        Assert.Contains("*On hold, please review*", slack, StringComparison.Ordinal);
        Assert.Contains("|#101 Person 101, Salesforce, AE>", slack, StringComparison.Ordinal);

        var team = Assert.Single(await MailDev.MailToAsync(TeamAddress));
        Assert.Contains("#101", team.Text, StringComparison.Ordinal);
        Assert.Contains("#104", team.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("#103", team.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=", team.Html, StringComparison.Ordinal);
        var jdoe = Assert.Single(await MailDev.MailToAsync(JdoeAddress));
        Assert.Equal("2 Sales Ops ARs need attention", jdoe.Subject);
        Assert.Contains("#103", jdoe.Text, StringComparison.Ordinal);
        Assert.Contains("#105", jdoe.Text, StringComparison.Ordinal);

        Assert.All(new[] { unassigned, stale, away, held }, ar => Assert.DoesNotContain("pending=", ar.BotNotes()[0].Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sweep_HistoryWithADeletedLabel_StillReadsTheClocks()
    {
        var stale = Ar(103, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");
        GitLab.AddLabelEvent(stale, "jdoe", "Legacy::Provisioning", "add", new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero));
        GitLab.DeleteLabel("Legacy::Provisioning"); // GitLab now sends that event with "label": null

        var summary = await SweepAsync();

        Assert.Equal(1, summary.ArsFlagged);
        Assert.Contains("no activity from Sales Ops for 4 business days", Assert.Single(stale.BotNotes()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_TheBotsOwnLabelEdit_IsNoActivity()
    {
        var stale = Ar(103, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");
        GitLab.AddLabelEvent(stale, FakeGitLab.BotUsername, "SalesOpsAR::In Progress", "add", new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

        var summary = await SweepAsync();

        Assert.Equal(1, summary.ArsFlagged);
        Assert.Contains("no activity from Sales Ops for 4 business days", Assert.Single(stale.BotNotes()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_AgainAndAfterARestart_RepeatsNoNudge()
    {
        var stale = Ar(103, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");
        await SweepAsync();

        var again = await SweepAsync();
        await RestartAsync();
        var afterRestart = await SweepAsync();

        Assert.Equal(0, again.ArsFlagged);
        Assert.Equal(0, afterRestart.ArsFlagged);
        Assert.Single(stale.BotNotes());
        Assert.Single(Slack.Messages);
        Assert.Single(await MailDev.MailToAsync(JdoeAddress));
    }

    [Fact]
    public async Task Sweep_AfterEachFullThreshold_RemindsThreeTimesThenEscalatesOnce()
    {
        var stale = Ar(103, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");

        for (var sweep = 0; sweep < 6; sweep++)
        {
            await SweepAsync();
            Clock.Advance(TimeSpan.FromDays(7)); // five business days: more than the 3-day threshold
        }

        var notes = stale.BotNotes();
        Assert.Equal(4, notes.Count);
        Assert.Contains("flag=Stale n=1", notes[0].Body, StringComparison.Ordinal);
        Assert.Contains("flag=Stale n=3", notes[2].Body, StringComparison.Ordinal);
        Assert.Contains("flag=Stale n=esc", notes[3].Body, StringComparison.Ordinal);
        Assert.StartsWith("**Sales Ops AR bot:** @amber @meri: 3 reminders about this AR went unanswered", notes[3].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_APersonCommenting_StopsTheReminders()
    {
        var stale = Ar(103, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");
        await SweepAsync();

        Clock.Advance(TimeSpan.FromDays(1));
        GitLab.AddNote(stale, "jdoe", "Waiting for the SFDC licence, should be done Friday", Clock.GetUtcNow());
        Clock.Advance(TimeSpan.FromDays(1));
        var summary = await SweepAsync();

        Assert.Equal(0, summary.ArsFlagged);
        Assert.Single(stale.BotNotes());
    }

    [Fact]
    public async Task Sweep_ArWhoseWebhookWasLost_IsHealed()
    {
        var lost = GitLab.AddIssue(4242, 107, ManualSfdc());
        lost.CreatedAt = lost.UpdatedAt = Wednesday.AddMinutes(-5);

        var summary = await SweepAsync();

        Assert.Equal(1, summary.ArsChanged);
        Assert.Contains(ActionNeeded, lost.LabelsNow());
        // The CC note trails the labels (it waits its turn in the notes budget).
        var notes = await Eventually.Until(lost.BotNotes, n => n.Count > 0, "the CC note");
        Assert.Contains("cc @amber @meri", Assert.Single(notes).Body, StringComparison.Ordinal);
        // The announcement goes out beside the reconciler, not in its way.
        var slack = await Eventually.Until(() => Slack.Messages, m => m.Count > 0, "the new-AR Slack line");
        Assert.StartsWith(":new: *New Sales Ops AR #107: Jane Doe, Salesforce, Account Executive*", Assert.Single(slack), StringComparison.Ordinal);
        var mail = await Eventually.Until(() => MailDev.MailToAsync(TeamAddress).GetAwaiter().GetResult(), m => m.Count > 0, "the new-AR email");
        Assert.Equal("New Sales Ops AR #107: Jane Doe, Salesforce, Account Executive", Assert.Single(mail).Subject);
    }

    [Fact]
    public async Task Sweep_DryRun_DecidesButWritesAndSendsNothing()
    {
        var unassigned = Ar(101, ActionNeeded, Monday);

        var summary = await SweepAsync(dryRun: true);

        Assert.True(summary.DryRun);
        Assert.Equal(1, summary.ArsFlagged);
        Assert.Contains(summary.Flagged, f => f.Contains("#101", StringComparison.Ordinal) && f.Contains("nobody from Sales Ops assigned", StringComparison.Ordinal));
        Assert.Empty(unassigned.BotNotes());
        Assert.Empty(Slack.Messages);
        Assert.Empty(await MailDev.MailToAsync(TeamAddress));
    }

    [Fact]
    public async Task Sweep_OfManyArsTooYoungToFlag_CostsOnlyTheListPages()
    {
        for (var iid = 1; iid <= 250; iid++)
        {
            var ar = GitLab.AddIssue(4242, 1000 + iid, TemplateCcd, labels: [ActionNeeded]);
            ar.CreatedAt = ar.UpdatedAt = Wednesday.AddHours(-0.5);
        }

        var summary = await SweepAsync();

        Assert.Equal(250, summary.ArsSeen);
        Assert.Equal(3, summary.GitLabCalls); // 100 a page
        Assert.Equal(3, GitLab.Calls().Count);
    }

    [Fact]
    public async Task Sweep_OverUnchangedArs_ReadsTheirHistoryOnlyOnce()
    {
        foreach (var iid in new[] { 108, 109 })
        {
            var busy = Ar(iid, InProgress, Monday.AddDays(-14), "jdoe");
            GitLab.AddNote(busy, "jdoe", "Provisioned Salesforce, Chorus next", Wednesday.AddHours(-20));
        }

        var first = await SweepAsync();
        var second = await SweepAsync();

        Assert.Equal(0, first.ArsFlagged);
        // The list; label events and notes of each AR; the statuses of jdoe and of both DRIs (an escalation skips an
        // away DRI), whose users are found by name once per process.
        Assert.Equal(10, first.GitLabCalls);
        Assert.Equal(4, second.GitLabCalls); // the list and the three statuses: the histories and users are remembered
    }

    private static string ManualSfdc() => "Full Name, SFDC, Account Executive\n\n- [ ] SFDC: Account Executive profile";
}
