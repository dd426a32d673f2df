using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>Webhook → RabbitMQ → reconciler → GitLab, each rule as a person would see it on the AR.</summary>
public sealed class ReconcilePipelineTests : PipelineFixture
{
    [Fact]
    public async Task NewTemplateAr_EndsActionNeeded_WithOneCcNote()
    {
        var ar = GitLab.AddIssue(4242, 1, Template, labels: ["NewAccessRequest", "ReadyForProvisioning"]);

        using var response = await GitLab.PersonEditsAsync(ar, "onboarding-bot", _ => { }, action: "open");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await LabelsBecome(ar, ActionNeeded, "NewAccessRequest", "ReadyForProvisioning");
        await Idle();
        var note = Assert.Single(ar.BotNotes());
        Assert.Contains("cc @amber @meri", note.Body, StringComparison.Ordinal);
        Assert.Contains("nobody from Sales Ops assigned yet", note.Body, StringComparison.Ordinal);
        Assert.Equal(
            [
                "GET /api/v4/projects/4242/issues/1", "PUT /api/v4/projects/4242/issues/1",
                "GET /api/v4/projects/4242/issues/1/notes", // is the CC still owed when the note's turn comes?
                "POST /api/v4/projects/4242/issues/1/notes",
            ],
            GitLab.Calls(ar));
    }

    [Fact]
    public async Task TeamMemberAssignsThemself_ArMovesToInProgress()
    {
        var ar = GitLab.AddIssue(4242, 2, Template, labels: [ActionNeeded]);

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));

        await LabelsBecome(ar, InProgress);
        var note = Assert.Single(await NotesBecome(ar, 1));
        Assert.Contains("picked up by `jdoe` from Sales Ops", note.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssigneeDropsTheAr_ItGoesBackToActionNeeded()
    {
        var ar = GitLab.AddIssue(4242, 3, Template, labels: [InProgress], assignees: ["jdoe"]);

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Clear());

        await LabelsBecome(ar, ActionNeeded);
    }

    [Fact]
    public async Task HoldReasonAddedThenRemoved_ArGoesOnHoldThenResumes()
    {
        var ar = GitLab.AddIssue(4242, 4, Template, labels: [InProgress], assignees: ["ksmith"]);

        using (await GitLab.PersonEditsAsync(ar, "ksmith", i => i.Labels.Add(HoldReason)))
        {
            await LabelsBecome(ar, OnHold, HoldReason);
        }

        using (await GitLab.PersonEditsAsync(ar, "ksmith", i => i.Labels.Remove(HoldReason)))
        {
            await LabelsBecome(ar, InProgress);
        }

        Assert.DoesNotContain(HoldReason, ar.LabelsNow());
        Assert.Equal(2, (await NotesBecome(ar, 2)).Count);
    }

    [Fact]
    public async Task AllSalesOpsTasksTicked_ArIsCompleted()
    {
        var ar = GitLab.AddIssue(4242, 5, Template, labels: [InProgress], assignees: ["jdoe"]);

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Description = Ticked(i.Description));

        await LabelsBecome(ar, Completed);
    }

    [Fact]
    public async Task SameDeliveryTwice_SecondAddsNothing()
    {
        var ar = GitLab.AddIssue(4242, 6, Template, labels: [ActionNeeded]);
        ar.Assignees.Add("jdoe");
        var payload = IssueHookPayload.Issue(ar, "jdoe", "update", previousAssignees: []);

        using var first = await GitLab.DeliverAsync(payload, "Confidential Issue Hook", idempotencyKey: "delivery-6");
        await LabelsBecome(ar, InProgress);
        await NotesBecome(ar, 1);
        var callsAfterFirst = GitLab.Calls(ar).Count;
        using var resent = await GitLab.DeliverAsync(payload, "Confidential Issue Hook", idempotencyKey: "delivery-6");
        using var otherReplicaCopy = await GitLab.DeliverAsync(payload, "Confidential Issue Hook", idempotencyKey: "delivery-6-elsewhere");
        await Eventually.Until(() => GitLab.Calls(ar).Count, n => n > callsAfterFirst, "the copy read once its AR's interval has passed");
        await Idle();

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains("duplicate", await resent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(ar.BotNotes());
        Assert.Equal(callsAfterFirst + 1, GitLab.Calls(ar).Count); // the copy that slipped past costs one GET, nothing more
    }

    [Fact]
    public async Task ApiCallsForAnEvent_SendItsEventUuidBack()
    {
        var ar = GitLab.AddIssue(4242, 7, Template, labels: [ActionNeeded]);

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await NotesBecome(ar, 1);

        var uuids = GitLab.HeaderOnCalls(ar, "X-Gitlab-Event-UUID");
        Assert.Equal(4, uuids.Count); // GET, PUT, GET notes (CC still owed?), POST
        Assert.Equal(GitLab.DeliveredEventUuids.Single(), Assert.Single(uuids.Distinct())); // the delivery's own, not a fresh one
        Assert.Equal(0, GitLab.EchoesSent);
    }

    [Fact]
    public async Task GitLabThatEchoesTheBotsEdits_DoesNotMakeTheBotLoop()
    {
        GitLab.SuppressEchoWithEventUuid = false; // older GitLab: every bot edit comes back as a webhook
        var ar = GitLab.AddIssue(4242, 8, Template, labels: [ActionNeeded]);

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await LabelsBecome(ar, InProgress);
        await Eventually.Until(() => GitLab.EchoesSent, n => n >= 2, "echoes of the PUT and the note");
        await Idle();

        Assert.Equal(4, GitLab.Calls(ar).Count); // GET, PUT, GET notes, POST: the echoes cost nothing
        Assert.Single(ar.BotNotes());
        Assert.Contains(Host.Logs.Messages, m => m.Contains("the bot's own event", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NonSalesAr_CostsNoApiCallAndIsAnswered200()
    {
        var ar = GitLab.AddIssue(4242, 9, NonSales);

        using var response = await GitLab.PersonEditsAsync(ar, "it-person", i => i.Assignees.Add("it-person"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not a Sales Ops AR", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, Host.Queued.Count);
        Assert.Empty(GitLab.Calls());
    }

    [Fact]
    public async Task Ready_WithTheBrokerUp_TurnsHealthy()
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };

        var status = await Eventually.Until(
            () => http.GetAsync("/health/ready").GetAwaiter().GetResult().StatusCode, s => s == HttpStatusCode.OK, "readiness");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task NoteOnAnAr_ReconcilesIt()
    {
        var ar = GitLab.AddIssue(4242, 10, Template, labels: ["SaelsOpsAR::In Progress"], assignees: ["jdoe"]);

        using var _ = await GitLab.DeliverAsync(IssueHookPayload.Note(ar, "jdoe", "Working on it"), "Confidential Note Hook");

        await LabelsBecome(ar, InProgress);
        Assert.DoesNotContain("SaelsOpsAR::In Progress", ar.LabelsNow());
    }
}
