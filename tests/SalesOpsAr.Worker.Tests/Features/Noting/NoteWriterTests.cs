using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Noting;
using static SalesOpsAr.Simulation.Ars;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Noting;

/// <summary>The note a plan owes, on an in-memory GitLab: posted once, the CC re-checked, what follows it sent on after it.</summary>
public sealed class NoteWriterTests
{
    private static PlanNoteOwed Owed(long iid, IReadOnlyList<string>? cc = null, bool ccOnly = false, RunbookOwed? runbook = null, NewArAnnouncement? announcement = null) => new()
    {
        ProjectId = 4242,
        Iid = iid,
        Reasons = ccOnly ? [] : ["Moved to ~\"SalesOpsAR::In Progress\": someone from Sales Ops is assigned."],
        Cc = cc ?? [],
        To = "InProgress",
        ChangeKey = $"key{iid}",
        CcOnly = ccOnly,
        Runbook = runbook,
        Announcement = announcement,
    };

    [Fact]
    public async Task TheNote_IsPosted_ThenTheRunbookItLeadsTo_IsSentOn()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(1, Template, labels: [InProgress]);
        var runbook = new RunbookOwed { ProjectId = 4242, Iid = 1 };

        await services.Get<NoteWriter>().HandleAsync(Owed(1, runbook: runbook), retried: false, CancellationToken.None);

        var note = Assert.Single(services.GitLab.NotesOf(1));
        Assert.Contains("SalesOpsAR::In Progress", note.Body, StringComparison.Ordinal);
        Assert.Contains("key1", note.Body, StringComparison.Ordinal); // the marker a retry looks for
        Assert.Same(runbook, Assert.Single(services.Work.Sent));
    }

    [Fact]
    public async Task ARetriedNote_AlreadyPosted_IsNotPostedAgain_AndWhatFollowsStillGoesOn()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(2, Template, labels: [InProgress]);
        var owed = Owed(2, runbook: new RunbookOwed { ProjectId = 4242, Iid = 2 });
        await services.Get<NoteWriter>().HandleAsync(owed, retried: false, CancellationToken.None);

        await services.Get<NoteWriter>().HandleAsync(owed, retried: true, CancellationToken.None);

        Assert.Single(services.GitLab.NotesOf(2));
        Assert.Equal(2, services.Work.SentOf<RunbookOwed>().Count); // the runbook writer finds its own marker
    }

    [Fact]
    public async Task ACcOnlyNote_WhoseDrisWereMentionedMeanwhile_IsNotPosted()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(3, Template, labels: [ActionNeeded]);
        services.GitLab.AddNote(3, "jdoe", "cc @amber @meri");

        await services.Get<NoteWriter>().HandleAsync(Owed(3, cc: ["amber", "meri"], ccOnly: true), retried: false, CancellationToken.None);

        Assert.Single(services.GitLab.NotesOf(3)); // only the person's
        Assert.DoesNotContain(services.GitLab.Calls, c => c.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACc_IsPostedForTheDrisNotYetMentioned_AndTheNewArIsAnnouncedAfterIt()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(4, Template, labels: [ActionNeeded]);
        services.GitLab.AddNote(4, "jdoe", "looping in @amber");
        var announcement = new NewArAnnouncement { ProjectId = 4242, Iid = 4, Title = "Jane Doe" };

        await services.Get<NoteWriter>().HandleAsync(Owed(4, cc: ["amber", "meri"], announcement: announcement), retried: false, CancellationToken.None);

        var posted = services.GitLab.NotesOf(4)[^1].Body!;
        Assert.Contains("@meri", posted, StringComparison.Ordinal);
        Assert.DoesNotContain("@amber", posted, StringComparison.Ordinal);
        Assert.Same(announcement, Assert.Single(services.Work.Sent));
    }

    [Fact]
    public async Task AnArDeletedMeanwhile_GetsNoNote_AndNothingFollows()
    {
        await using var services = new FeatureServices();

        await services.Get<NoteWriter>().HandleAsync(Owed(5, runbook: new RunbookOwed { ProjectId = 4242, Iid = 5 }), retried: false, CancellationToken.None);

        Assert.Empty(services.Work.Sent);
        Assert.Equal(["POST note 4242#5"], services.GitLab.Calls);
    }

    [Fact]
    public async Task ACcOnlyNote_WhileTheBotsOwnLabelEditAwaitsItsNote_IsNotPosted()
    {
        await using var services = new FeatureServices();
        services.GitLab.Now = services.Clock.GetUtcNow();
        services.GitLab.Add(6, Template, labels: [InProgress]);
        services.GitLab.AddLabelEvent(6, InMemoryGitLab.Bot, InProgress, "add", services.GitLab.Now.AddSeconds(-5)); // another replica's edit, its note queued

        await services.Get<NoteWriter>().HandleAsync(Owed(6, cc: ["amber", "meri"], ccOnly: true), retried: false, CancellationToken.None);

        Assert.Empty(services.GitLab.NotesOf(6)); // that note carries the CC: two replicas do not CC twice
    }

    [Fact]
    public async Task ACcOnlyNote_IsPosted_WhenTheBotsLastEditHasItsNote_OrIsAnHourOld()
    {
        await using var services = new FeatureServices();
        services.GitLab.Now = services.Clock.GetUtcNow();
        services.GitLab.Add(7, Template, labels: [InProgress]);
        services.GitLab.AddLabelEvent(7, InMemoryGitLab.Bot, InProgress, "add", services.GitLab.Now.AddHours(-2)); // its note never came

        await services.Get<NoteWriter>().HandleAsync(Owed(7, cc: ["amber", "meri"], ccOnly: true), retried: false, CancellationToken.None);

        Assert.Contains("@amber", Assert.Single(services.GitLab.NotesOf(7)).Body, StringComparison.Ordinal);
    }
}
