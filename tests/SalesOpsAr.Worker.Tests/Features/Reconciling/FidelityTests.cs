using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Features.Sweeping;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>
/// What the handbook means where the first rules went wrong (docs/workflow-rules.md), as a Sales Ops team sees it
/// on the AR: a person edits it in GitLab, GitLab records and delivers the change, the service answers.
/// </summary>
public sealed class FidelityTests : PipelineFixture
{
    private const string ChorusSubsection = """
        ## Access for a new SDR

        ### Sales Ops
        * [ ] Salesforce: SDR profile
        #### Chorus
        * [ ] Role, Team and License Type set
        * [ ] Send Invites

        ### IT
        * [ ] Okta: account

        cc @amber @meri
        """;

    [Fact]
    public async Task Rule3_TickingOnlySalesforce_LeavesTheChorusSubsectionOpen_TickingAllCompletes()
    {
        var ar = GitLab.AddIssue(4242, 301, ChorusSubsection, labels: [InProgress], assignees: ["jdoe"]);

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Description = i.Description.Replace("* [ ] Salesforce", "* [x] Salesforce", StringComparison.Ordinal)))
        {
            await Eventually.Until(() => GitLab.Calls(ar).Count, n => n >= 1, "the reconciler's read");
            await Idle();
        }

        Assert.Equal([InProgress], ar.LabelsNow());
        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Description = i.Description.Replace("* [ ] Role", "* [x] Role", StringComparison.Ordinal).Replace("* [ ] Send", "* [x] Send", StringComparison.Ordinal)))
        {
            await LabelsBecome(ar, Completed);
        }

        Assert.Contains("all 3 Sales Ops tasks are checked", Assert.Single(await NotesBecome(ar, 1)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rule3_AnotherTeamsTickedTaskNamingSalesforce_NeverCompletesANewAr()
    {
        var ar = GitLab.AddIssue(4242, 302, """
            #### IT to-do:
            * [x] Okta: add the Salesforce SSO tile

            #### Sales to-do:
            * [ ] Salesforce: Account Executive profile
            """);

        using var _ = await GitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open");

        await LabelsBecome(ar, ActionNeeded);
        Assert.DoesNotContain(Completed, ar.LabelsNow());
    }

    [Fact]
    public async Task Relevance_ASalesSystemNamedInProse_CostsNoGitLabCall()
    {
        var ar = GitLab.AddIssue(4242, 303, "Engineer joining Platform. No Salesforce access needed.\n\n- [ ] Okta: engineering group");

        using var response = await GitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not a Sales Ops AR", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(GitLab.Calls());
    }

    [Fact]
    public async Task Rule4_APersonMovingACompletedArBack_IsNotOverruled_NorBySweeps()
    {
        var ar = GitLab.AddIssue(4242, 304, Ticked(TemplateCcd), labels: [Completed], assignees: ["jdoe"]);

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => { i.Labels.Remove(Completed); i.Labels.Add(InProgress); }))
        {
            await Eventually.Until(() => GitLab.Calls(ar).Count, n => n >= 3, "the decision's reads");
            await Idle();
        }

        await SweepAsync();

        Assert.Equal([InProgress], ar.LabelsNow());
        Assert.Empty(ar.BotNotes());
        Assert.DoesNotContain(GitLab.Calls(ar), c => c.StartsWith("PUT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rule4_ANewUntickedTaskOnACompletedAr_ReopensItWithANoteSayingWhy()
    {
        var ar = GitLab.AddIssue(4242, 305, Ticked(TemplateCcd), labels: [Completed], assignees: ["ksmith"]);

        using var _ = await GitLab.PersonEditsAsync(ar, "manager", i => i.Description += "\n* [ ] Clari: forecast user");

        await LabelsBecome(ar, InProgress);
        Assert.Contains("a new or unticked Sales Ops task (`Clari: forecast user`) is open again, and `ksmith` from Sales Ops is assigned",
            Assert.Single(await NotesBecome(ar, 1)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rule4_ACompletedArReopenedWithUntickedTasks_GoesBackToActionNeeded()
    {
        var ar = GitLab.AddIssue(4242, 306, TemplateCcd, labels: [Completed]);
        ar.State = "closed";

        using var _ = await GitLab.PersonEditsAsync(ar, "requester", i => i.State = "opened", action: "reopen");

        await LabelsBecome(ar, ActionNeeded);
        Assert.Contains("the AR was reopened with 2 unticked Sales Ops tasks", Assert.Single(await NotesBecome(ar, 1)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rule11_NotNeeded_NoStateIsEverAddedBesideIt()
    {
        var ar = GitLab.AddIssue(4242, 307, Template, labels: ["SalesOpsAR::Not Needed"]);

        using var response = await GitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open");
        using var later = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe"));
        await SweepAsync();

        Assert.Contains("SalesOpsAR::Not Needed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["SalesOpsAR::Not Needed"], ar.LabelsNow());
        Assert.Empty(ar.BotNotes());
    }

    [Fact]
    public async Task Rule11_APersonsOwnSalesOpsLabel_IsRespected_AndSaidOnceInTheLog()
    {
        var ar = GitLab.AddIssue(4242, 308, TemplateCcd, labels: ["SalesOpsAR::Blocked"]);

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await Eventually.Until(() => GitLab.Calls(ar).Count, n => n >= 1, "the first event read");
        }

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Title += " (urgent)"))
        {
            await Eventually.Until(() => GitLab.Calls(ar).Count, n => n >= 2, "the second event read, once the AR's interval has passed");
            await Idle();
        }

        Assert.Equal(["SalesOpsAR::Blocked"], ar.LabelsNow());
        Assert.Empty(ar.BotNotes());
        Assert.Single(Host.Logs.Messages, m => m.Contains("SalesOpsAR::Blocked", StringComparison.Ordinal) && m.Contains("respected", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Rules5And6_WaitingForTheManager_HoldsTheAr_ApprovalReleasesIt()
    {
        var ar = GitLab.AddIssue(4242, 309, Template, labels: ["AR-Approval::Needs Manager Approval"]);

        using (await GitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open"))
        {
            await LabelsBecome(ar, OnHold);
        }

        using (await GitLab.PersonEditsAsync(ar, "manager", i => i.Labels.Add("AR-Approval::Manager Approved")))
        {
            await LabelsBecome(ar, ActionNeeded);
        }

        var notes = await NotesBecome(ar, 2);
        Assert.Contains("waiting for the manager's approval", notes[0].Body, StringComparison.Ordinal);
        Assert.Contains("cc @amber @meri", notes[0].Body, StringComparison.Ordinal);
        Assert.Contains("the hold is released, and nobody from Sales Ops is assigned", notes[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rule7_AnArItsRequesterLabelled_GetsExactlyOneCc_WhateverComesNext()
    {
        var ar = GitLab.AddIssue(4242, 310, "Full Name, SFDC, AE\n\n- [ ] SFDC: Account Executive profile", labels: [ActionNeeded]);
        GitLab.AddNote(ar, "requester", "Could someone look at this?", TimeProvider.System.GetUtcNow().AddHours(-2));

        using (await GitLab.PersonEditsAsync(ar, "requester", i => i.Title += "!"))
        {
            await NotesBecome(ar, 1);
        }

        using (await GitLab.PersonEditsAsync(ar, "requester", i => i.Title += "!"))
        {
            await Eventually.Until(() => GitLab.Calls(ar).Count(c => c.StartsWith("GET /api/v4/projects/4242/issues/310", StringComparison.Ordinal)), n => n >= 3, "the second event read");
            await Idle();
        }

        await SweepAsync();

        var note = Assert.Single(ar.BotNotes(), n => n.Body!.Contains("cc @", StringComparison.Ordinal)); // the sweep may nudge, never CC again
        Assert.Contains("Sales Ops access request: CC'ing the provisioning DRIs.", note.Body, StringComparison.Ordinal);
        Assert.Contains("cc @amber @meri", note.Body, StringComparison.Ordinal);
        Assert.Equal([ActionNeeded], ar.LabelsNow());
    }

    [Fact]
    public async Task Rule2_TwoStates_TheNoteSaysWhatWasKept_AndItIsWhatWasKept()
    {
        var ar = GitLab.AddIssue(4242, 311, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);

        using var _ = await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Labels.Add(ActionNeeded)); // Free tier: both stay

        var labels = await LabelsBecome(ar, ActionNeeded);
        var note = Assert.Single(await NotesBecome(ar, 1)).Body;
        Assert.DoesNotContain(InProgress, labels);
        Assert.Contains("Kept ~\"SalesOpsAR::Action Needed\", the state set most recently, and removed ~\"SalesOpsAR::In Progress\"", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rule10_ClosedBeforeSalesOpsWasDone_IsToldToTheDrisOnce()
    {
        var ar = GitLab.AddIssue(4242, 312, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);
        var done = GitLab.AddIssue(4242, 313, Ticked(TemplateCcd), labels: [Completed], assignees: ["jdoe"]);

        using (await GitLab.PersonEditsAsync(ar, "requester", i => i.State = "closed", action: "close"))
        using (await GitLab.PersonEditsAsync(done, "requester", i => i.State = "closed", action: "close"))
        {
            await NotesBecome(ar, 1);
        }

        using (await GitLab.PersonEditsAsync(ar, "requester", i => i.Title += " (dup)"))
        {
            await Idle();
        }

        var note = Assert.Single(ar.BotNotes()).Body;
        Assert.Contains("This AR was closed while ~\"SalesOpsAR::In Progress\"", note, StringComparison.Ordinal);
        Assert.Contains("cc @amber @meri", note, StringComparison.Ordinal);
        Assert.Equal([InProgress], ar.LabelsNow());
        Assert.Empty(done.BotNotes());
    }

    private async Task SweepAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Sweeper>().RunOnceAsync(dryRun: false, CancellationToken.None);
    }

    [Fact]
    public async Task Rule4_AHandSetHold_StandsThroughAProseEditOfTheDescription_AndAnAssignment()
    {
        var ar = GitLab.AddIssue(4242, 320, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);
        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => { i.Labels.Remove(InProgress); i.Labels.Add(OnHold); }))
        {
            await Idle();
        }

        // GitLab's own system notes follow: "changed the description", then "assigned to @ksmith".
        using (await GitLab.PersonEditsAsync(ar, "requester", i => i.Description += "\n\nPS: the manager approved this in Slack."))
        {
            await Idle();
        }

        using (await GitLab.PersonEditsAsync(ar, "ksmith", i => i.Assignees.Add("ksmith")))
        {
            await Idle();
        }

        Assert.Equal([OnHold], ar.LabelsNow());
        Assert.Empty(ar.BotNotes());
        Assert.Contains(ar.NotesNow(), n => n.System && n.Body == "changed the description");
        Assert.Contains(ar.NotesNow(), n => n.System && n.Body == "assigned to @ksmith");
    }

    [Fact]
    public async Task Rule4_AHandSetHold_IsReleasedWhenEverySalesOpsTaskIsTicked()
    {
        var ar = GitLab.AddIssue(4242, 321, TemplateCcd, labels: [InProgress], assignees: ["jdoe"]);
        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => { i.Labels.Remove(InProgress); i.Labels.Add(OnHold); }))
        {
            await Idle();
        }

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Description = Ticked(i.Description)))
        {
            await LabelsBecome(ar, Completed);
        }
    }
}
