using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Assisting;

/// <summary>
/// The provisioning assistant on GitLab (docs/assistant.md): a team member picks up an AR, and the bot posts one note
/// with the handbook's steps for each system asked, filled from the AR, the missing details asked of the requester,
/// and similar past ARs — once, whatever restarts or second workers do; again only when asked.
/// </summary>
public sealed class RunbookTests : PipelineFixture
{
    protected override Dictionary<string, string?> Configure(Dictionary<string, string?> settings)
    {
        settings["Assistant:Enabled"] = "true"; // the service's default
        return settings;
    }

    private const string TwoSdrs = """
        ## Access for two new SDRs

        | Name | Email | Title | Region |
        |------|-------|-------|--------|
        | Jane Doe | jane.doe@example.com | Sales Development Rep | EMEA |
        | John Roe | john.roe@example.com | Sales Development Rep | EMEA |

        ### Sales Ops
        * [ ] Chorus: recorder seat
        * [ ] DataFox: invite

        cc @amber @meri
        """;

    private const string PastSdr = """
        Name: Old Hire
        Title: Sales Development Rep
        Region: EMEA

        #### Chorus
        Role: Listener
        License Type: Recorder
        * [x] Chorus: seat
        """;

    [Fact]
    public async Task APickedUpArForChorusAndDataFox_ForTwoPeople_GetsOneNoteWithBothRunbooks()
    {
        Past(50);
        var ar = GitLab.AddIssue(4242, 901, TwoSdrs, labels: [ActionNeeded]);

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(ar, InProgress);
        }

        var runbook = await RunbookNotes(ar, 1);
        var body = runbook[0].Body!;
        Assert.Contains("for 2 people (Jane Doe, John Roe): Chorus · DataFox", body, StringComparison.Ordinal);
        Assert.Contains("#### Chorus\n", body, StringComparison.Ordinal);
        Assert.Contains("#### DataFox\n", body, StringComparison.Ordinal);
        Assert.Contains("**Add To List**: `jane.doe@example.com, john.roe@example.com`", body, StringComparison.Ordinal);
        Assert.Contains("Set the Role `Sales Development Rep`", body, StringComparison.Ordinal);
        Assert.Contains("**Missing details:** @requester, please add to the AR: Chorus License Type.", body, StringComparison.Ordinal);
        Assert.Contains("[#50](https://gitlab.example.com/ar/-/issues/50) Old Hire, Chorus, Sales Development Rep — Chorus: `Role Listener, Team EMEA, License Type Recorder`", body, StringComparison.Ordinal);
        Assert.Equal(1, GitLab.Searches);
    }

    [Fact]
    public async Task TheRunbook_IsPostedOnce_NotAgainWhenTheArReentersInProgress_NorByANewProcess()
    {
        var ar = GitLab.AddIssue(4242, 902, TwoSdrs, labels: [ActionNeeded]);
        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await RunbookNotes(ar, 1);
        }

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => { i.Labels.Remove(InProgress); i.Labels.Add(OnHold); }))
        {
            await LabelsBecome(ar, OnHold);
        }

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => { i.Labels.Remove(OnHold); i.Labels.Add(InProgress); }))
        {
            await Eventually.Until(() => GitLab.Calls(ar).Count(c => c.EndsWith("/notes", StringComparison.Ordinal) && c.StartsWith("GET", StringComparison.Ordinal)), n => n >= 2, "the writer's look at the notes");
        }

        // A second process, with nothing in memory, sees the AR enter In Progress once more.
        await using var second = new WorkerHost(Configure(WorkerHost.Settings(GitLab, Broker)), bus: Host.Bus); // idle means idle for both
        GitLab.WebhookUrl = second.WebhookUrl;
        var looks = GitLab.Calls(ar).Count(c => c == $"GET /api/v4/projects/4242/issues/902/notes");
        using (await GitLab.PersonEditsAsync(ar, "ksmith", i => { i.Labels.Remove(InProgress); i.Labels.Add(OnHold); }))
        using (await GitLab.PersonEditsAsync(ar, "ksmith", i => { i.Labels.Remove(OnHold); i.Labels.Add(InProgress); }))
        {
            await Eventually.Until(() => GitLab.Calls(ar).Count(c => c == $"GET /api/v4/projects/4242/issues/902/notes"), n => n > looks, "the second process's look at the notes");
            await Idle();
        }

        Assert.Single(ar.BotNotes(), n => RunbookNote.IsRunbook(n.Body));
    }

    [Fact]
    public async Task ARunbookNoteOnTheNotesSecondPage_IsFound_AndNoneIsPostedAgain()
    {
        var ar = GitLab.AddIssue(4242, 907, TwoSdrs, labels: [ActionNeeded]);
        var yesterday = TimeProvider.System.GetUtcNow().AddDays(-1);
        for (var i = 0; i < 120; i++)
        {
            GitLab.AddNote(ar, "requester", $"comment {i}", yesterday.AddMinutes(i)); // GitLab pages notes 100 at a time
        }

        GitLab.AddNote(ar, FakeGitLab.BotUsername, $"**Sales Ops AR bot:** Runbook for Chorus.\n\n{RunbookNote.Marker} -->", yesterday.AddMinutes(130));

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(ar, InProgress);
            await Idle();
        }

        Assert.Single(ar.BotNotes(), n => RunbookNote.IsRunbook(n.Body));
        Assert.Equal(2, GitLab.Calls(ar).Count(c => c == "GET /api/v4/projects/4242/issues/907/notes")); // the runbook writer read both pages
    }

    [Fact]
    public async Task AskedForByATeamMember_ItIsPostedAgain_WithoutAskingTheRequesterTwice()
    {
        var ar = GitLab.AddIssue(4242, 903, TwoSdrs, labels: [ActionNeeded]);
        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await RunbookNotes(ar, 1);
        }

        using (await GitLab.PersonCommentsAsync(ar, "ksmith", "Can I see the steps again?\n@salesops-ar-bot runbook"))
        {
            var notes = await RunbookNotes(ar, 2);
            Assert.Contains("@requester, please add", notes[0].Body, StringComparison.Ordinal);
            Assert.DoesNotContain("@requester", notes[1].Body, StringComparison.Ordinal);
            Assert.Contains("**Missing details:** the AR does not give Chorus License Type.", notes[1].Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ARoleSearchedOnce_ServesTheNextArsOfThatRole()
    {
        Past(51);
        var first = GitLab.AddIssue(4242, 904, TwoSdrs, labels: [ActionNeeded]);
        var second = GitLab.AddIssue(4242, 905, TwoSdrs, labels: [ActionNeeded]);

        using (await GitLab.PersonEditsAsync(first, "jdoe", i => i.Assignees.Add("jdoe")))
        using (await GitLab.PersonEditsAsync(second, "ksmith", i => i.Assignees.Add("ksmith")))
        {
            await RunbookNotes(first, 1);
            await RunbookNotes(second, 1);
        }

        Assert.Equal(1, GitLab.Searches);
        Assert.Contains("[#51]", (await RunbookNotes(second, 1))[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArWithoutAnyRunbookSystem_GetsNoRunbookNote()
    {
        var ar = GitLab.AddIssue(4242, 906, "### Sales Ops\n* [ ] Gong: seat\n\ncc @amber @meri", labels: [ActionNeeded]);

        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await LabelsBecome(ar, InProgress);
            await Eventually.Until(() => Host.Logs.All(), l => l.Contains("no runbook for the systems", StringComparison.Ordinal), "the writer's decision");
        }

        Assert.DoesNotContain(ar.BotNotes(), n => RunbookNote.IsRunbook(n.Body));
    }

    [Fact]
    public async Task ABulkAr_ShowsProgressPerPerson_AndTheSameNoteFollowsTheTicks()
    {
        var ar = GitLab.AddIssue(4242, 907, """
            | Name | Email | Title |
            |---|---|---|
            | Jane Doe | jane.doe@example.com | SDR |
            | John Roe | john.roe@example.com | SDR |

            ### Sales Ops
            #### Jane Doe
            * [ ] Chorus: invite
            * [ ] DataFox: invite
            #### John Roe
            * [ ] Chorus: invite
            * [ ] DataFox: invite

            cc @amber @meri
            """, labels: [ActionNeeded]);
        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            Assert.Equal("Progress per person: Jane Doe 0/2 · John Roe 0/2", (await RunbookNotes(ar, 1))[0].Body!.Split('\n')[1]);
        }

        var janesTicked = ar.Description.Replace("#### Jane Doe\n* [ ] Chorus: invite\n* [ ] DataFox: invite", "#### Jane Doe\n* [x] Chorus: invite\n* [x] DataFox: invite", StringComparison.Ordinal);
        Assert.NotEqual(ar.Description, janesTicked);
        using (await GitLab.PersonEditsAsync(ar, "jdoe", i => i.Description = janesTicked))
        {
            await Eventually.Until(
                () => ar.BotNotes().Single(n => RunbookNote.IsRunbook(n.Body)).Body!.Split('\n')[1],
                line => line == "Progress per person: Jane Doe 2/2 ✓ · John Roe 0/2",
                "the runbook note's progress after Jane's tasks are ticked");
        }

        Assert.Single(ar.BotNotes(), n => RunbookNote.IsRunbook(n.Body)); // edited, not posted again
    }

    private void Past(long iid)
    {
        var past = GitLab.AddIssue(4242, iid, PastSdr, labels: [Completed]);
        past.Title = "Old Hire, Chorus, Sales Development Rep";
        past.State = "closed";
    }

    private static Task<IReadOnlyList<FakeNote>> RunbookNotes(FakeIssue issue, int count) =>
        Eventually.Until(() => (IReadOnlyList<FakeNote>)[.. issue.BotNotes().Where(n => RunbookNote.IsRunbook(n.Body))], n => n.Count >= count, $"{count} runbook note(s)");
}
