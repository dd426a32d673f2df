using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Sweeping;

/// <summary>CC and nudges reach people (docs/workflow-rules.md, docs/sweep.md): the sweep against a seeded GitLab.</summary>
public sealed class SweepFidelityTests : SweepFixture
{
    private static readonly DateTimeOffset Monday = Wednesday.AddDays(-2).AddHours(-1); // Mon 23 Nov 09:00

    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Sweep:Digest:At"] = "09:30";
        return settings;
    }

    [Fact]
    public async Task UnassignedLongOnHold_NudgesTheDris_NeverNobody()
    {
        var held = Ar(201, OnHold, new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero));

        var summary = await SweepAsync();

        Assert.Equal(1, summary.ArsFlagged);
        Assert.Contains("@amber @meri, this AR has been On Hold for 12 business days. Is the hold still needed?", Assert.Single(held.BotNotes()).Body, StringComparison.Ordinal);
        Assert.Contains(Slack.Messages, m => m.Contains("#201", StringComparison.Ordinal));
        Assert.Contains(await MailDev.MailToAsync(TeamAddress), m => m.Text.Contains("#201", StringComparison.Ordinal));
        Assert.DoesNotContain("pending=", held.BotNotes()[0].Body, StringComparison.Ordinal); // every channel had someone to reach
    }

    [Fact]
    public async Task Stale_ARequestersAnyUpdate_DoesNotResetTheClock()
    {
        var stale = Ar(202, InProgress, new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero), "jdoe");
        GitLab.AddNote(stale, "requester", "any update?", Wednesday.AddHours(-1));

        await SweepAsync();

        var note = Assert.Single(stale.BotNotes()).Body;
        Assert.Contains("@jdoe, this AR has had no activity from Sales Ops for 4 business days.", note, StringComparison.Ordinal);
        Assert.Contains("A comment from `requester` is waiting for an answer.", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_AnUnansweredCommentForADay_BringsTheNudgeForward()
    {
        var young = Ar(203, InProgress, Monday, "jdoe");
        GitLab.AddNote(young, "jdoe", "Provisioning Salesforce today", Monday.AddHours(1));
        GitLab.AddNote(young, "requester", "Still can't log in, can you check?", Monday.AddHours(2));
        var answered = Ar(204, InProgress, Monday, "ksmith");
        GitLab.AddNote(answered, "requester", "Still can't log in", Monday.AddHours(2));
        GitLab.AddNote(answered, "ksmith", "Reset your password, should work now", Monday.AddHours(3));

        await SweepAsync();

        Assert.Contains("no activity from Sales Ops for 2 business days", Assert.Single(young.BotNotes()).Body, StringComparison.Ordinal); // under the 3-day threshold
        Assert.Empty(answered.BotNotes());
    }

    [Fact]
    public async Task AnAwayDri_IsNotTheOneAsked()
    {
        var unassigned = Ar(205, ActionNeeded, Monday);
        GitLab.SetStatus("amber", new FakeStatus("not_set", "On parental leave", "baby", null));

        await SweepAsync();

        var note = Assert.Single(unassigned.BotNotes()).Body;
        Assert.Contains("@meri, can someone on the team pick it up?", note, StringComparison.Ordinal);
        Assert.DoesNotContain("@amber", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADriUnknownToGitLab_IsReadAsPresent_AndTheSweepGoesOn()
    {
        var unassigned = Ar(206, ActionNeeded, Monday);
        GitLab.UnknownUsers["meri"] = 0;

        var summary = await SweepAsync();

        Assert.Empty(summary.Failures);
        Assert.Contains("@amber @meri", Assert.Single(unassigned.BotNotes()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeverCcdAr_GetsOneCcFromTheSweep_AndNoSecond()
    {
        var manual = GitLab.AddIssue(4242, 207, "Full Name, SFDC, AE\n\n- [ ] SFDC: Account Executive profile", labels: [ActionNeeded]);
        manual.CreatedAt = manual.UpdatedAt = Wednesday.AddHours(-1);

        await SweepAsync();
        Clock.Advance(TimeSpan.FromMinutes(15));
        await SweepAsync();
        await RestartAsync();
        await SweepAsync();
        await Eventually.Until(manual.BotNotes, n => n.Count > 0, "the CC note");
        await Host.IdleAsync(GitLab);

        var cc = Assert.Single(manual.BotNotes());
        Assert.Contains("Sales Ops access request: CC'ing the provisioning DRIs.\n\ncc @amber @meri", cc.Body, StringComparison.Ordinal);
        Assert.Equal([ActionNeeded], manual.LabelsNow());
    }

    [Fact]
    public async Task NotNeeded_IsNeitherLabelledNorNudged()
    {
        var optedOut = GitLab.AddIssue(4242, 208, Template, labels: ["SalesOpsAR::Not Needed"]);
        optedOut.CreatedAt = optedOut.UpdatedAt = Monday.AddDays(-20);

        var summary = await SweepAsync();

        Assert.Equal(0, summary.ArsSeen);
        Assert.Equal(["SalesOpsAR::Not Needed"], optedOut.LabelsNow());
        Assert.Empty(optedOut.BotNotes());
    }

    [Fact]
    public async Task Digest_ListsArsClosedBeforeSalesOpsWasDone()
    {
        Ar(209, ActionNeeded, Monday);
        var closed = GitLab.AddIssue(4242, 210, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);
        closed.Title = "Person 210, Salesforce, AE";
        closed.State = "closed";
        closed.ClosedAt = closed.UpdatedAt = Wednesday.AddDays(-1);
        var done = GitLab.AddIssue(4242, 211, Ticked(TemplateCcd), labels: [Completed]);
        done.State = "closed";
        done.ClosedAt = done.UpdatedAt = Wednesday.AddDays(-1);
        var old = GitLab.AddIssue(4242, 212, TemplateCcd, labels: [InProgress]);
        old.State = "closed";
        old.ClosedAt = old.UpdatedAt = Wednesday.AddDays(-5);

        var summary = await SweepAsync();

        Assert.True(summary.DigestSent);
        var digest = Assert.Single(Slack.Messages, m => m.StartsWith(":bar_chart:", StringComparison.Ordinal));
        Assert.Contains("Closed since the last digest before Sales Ops' part was done", digest, StringComparison.Ordinal);
        Assert.Contains("|#210 Person 210, Salesforce, AE>: closed while In Progress", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("#211", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("#212", digest, StringComparison.Ordinal);
    }
}
