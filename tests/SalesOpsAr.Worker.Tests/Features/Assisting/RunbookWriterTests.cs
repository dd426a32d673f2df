using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Features.Assisting;
using static SalesOpsAr.Simulation.Ars;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Features.Assisting;

/// <summary>The runbook note on an in-memory GitLab: once per AR on pickup, again only when asked, progress as an edit.</summary>
public sealed class RunbookWriterTests
{
    private const string TwoSdrs = """
        | Name | Email | Title |
        |------|-------|-------|
        | Jane Doe | jane.doe@example.com | Sales Development Rep |
        | John Roe | john.roe@example.com | Sales Development Rep |

        ### Sales Ops
        * [ ] Chorus: recorder seat
        * [ ] DataFox: invite
        """;

    private static RunbookOwed Owed(long iid, bool asked = false, string? key = null) => new() { ProjectId = 4242, Iid = iid, Asked = asked, ChangeKey = key };

    [Fact]
    public async Task OnPickup_OneRunbookNote_WithAChecklistPerSystemAsked()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(1, TwoSdrs, labels: [InProgress]);

        await services.Get<RunbookWriter>().HandleAsync(Owed(1), retried: false, CancellationToken.None);

        var note = Assert.Single(services.GitLab.NotesOf(1)).Body!;
        Assert.True(RunbookNote.IsRunbook(note));
        Assert.Contains("#### Chorus", note, StringComparison.Ordinal);
        Assert.Contains("#### DataFox", note, StringComparison.Ordinal);
        Assert.Contains("jane.doe@example.com", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondPickup_FindsTheRunbookThere_AndPostsNone()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(2, TwoSdrs, labels: [InProgress]);
        await services.Get<RunbookWriter>().HandleAsync(Owed(2), retried: false, CancellationToken.None);

        await services.Get<RunbookWriter>().HandleAsync(Owed(2), retried: false, CancellationToken.None);

        Assert.Single(services.GitLab.NotesOf(2));
    }

    [Fact]
    public async Task AskedFor_ItIsPostedAgain_OncePerRequest()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(3, TwoSdrs, labels: [InProgress]);
        await services.Get<RunbookWriter>().HandleAsync(Owed(3), retried: false, CancellationToken.None);

        await services.Get<RunbookWriter>().HandleAsync(Owed(3, asked: true, key: "ask1"), retried: false, CancellationToken.None);
        await services.Get<RunbookWriter>().HandleAsync(Owed(3, asked: true, key: "ask1"), retried: true, CancellationToken.None);

        Assert.Equal(2, services.GitLab.NotesOf(3).Count);
    }

    [Fact]
    public async Task TheRequester_IsAskedOnce_InTheArsLife_NotOncePerNote()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(7, TwoSdrs, labels: [InProgress]);
        var writer = services.Get<RunbookWriter>();

        await writer.HandleAsync(Owed(7), retried: false, CancellationToken.None);
        await writer.HandleAsync(Owed(7, asked: true, key: "ask1"), retried: false, CancellationToken.None);
        await writer.HandleAsync(Owed(7, asked: true, key: "ask2"), retried: false, CancellationToken.None);

        var notes = services.GitLab.NotesOf(7).Select(n => n.Body!).ToList();
        Assert.Equal(3, notes.Count);
        Assert.Contains("@requester, please add to the AR", notes[0], StringComparison.Ordinal);
        Assert.All(notes.Skip(1), n => Assert.DoesNotContain("@requester", n, StringComparison.Ordinal)); // the third as much as the second
    }

    private const string PerPerson = """
        | Name | Email |
        |---|---|
        | Jane Doe | jane@example.com |
        | John Roe | john@example.com |

        ### Sales Ops
        #### Jane Doe
        * [ ] Chorus: invite
        #### John Roe
        * [ ] Chorus: invite
        """;

    [Fact]
    public async Task ABulkArsTicks_EditTheRunbookNotesProgress_WithoutANewNote()
    {
        await using var services = new FeatureServices();
        services.GitLab.Add(4, PerPerson, labels: [InProgress]);
        await services.Get<RunbookWriter>().HandleAsync(Owed(4), retried: false, CancellationToken.None);
        var before = services.GitLab.NotesOf(4)[0].Body!;
        services.GitLab.Add(4, PerPerson.Replace("#### Jane Doe\n* [ ]", "#### Jane Doe\n* [x]", StringComparison.Ordinal), labels: [InProgress]);

        await services.Get<RunbookWriter>().HandleAsync(new RunbookProgressOwed { ProjectId = 4242, Iid = 4 }, retried: false, CancellationToken.None);

        var after = Assert.Single(services.GitLab.NotesOf(4)).Body!;
        Assert.Contains("Jane Doe 0/1 · John Roe 0/1", before, StringComparison.Ordinal);
        Assert.Contains("Jane Doe 1/1 ✓ · John Roe 0/1", after, StringComparison.Ordinal);
        Assert.Contains("PUT note 4242#4", services.GitLab.Calls);
    }

    [Fact]
    public async Task AnArDeletedMeanwhile_GetsNoRunbook_AndTheJobEnds()
    {
        await using var services = new FeatureServices();

        await services.Get<RunbookWriter>().HandleAsync(Owed(5), retried: false, CancellationToken.None);

        Assert.Equal(["GET issue 4242#5"], services.GitLab.Calls);
    }

    [Fact]
    public async Task LinksAndHtmlInTheArsNames_AreQuotedAsText_NeverLive()
    {
        await using var services = new FeatureServices();
        const string hostile = """
            | Name | Email | Title |
            |------|-------|-------|
            | [Finish provisioning here](https://evil.example/login) | jane.doe@example.com | Sales Development Rep |
            | <a href="https://evil.example">Re-authenticate</a> | john.roe@example.com | Sales Development Rep |

            ### Sales Ops
            * [ ] Chorus: recorder seat
            """;
        services.GitLab.Add(6, hostile, labels: [InProgress]);

        await services.Get<RunbookWriter>().HandleAsync(Owed(6), retried: false, CancellationToken.None);

        var note = Assert.Single(services.GitLab.NotesOf(6)).Body!;
        Assert.DoesNotContain("](https://evil", note, StringComparison.Ordinal); // the handbook's own links stay (they are the bot's)
        Assert.DoesNotContain("<a href", note.Replace("\\<", "", StringComparison.Ordinal), StringComparison.Ordinal); // only as \<a href: text
        Assert.DoesNotContain("https://evil", note, StringComparison.Ordinal); // every address from the AR is broken: https:⁠//
        Assert.Contains("\\[Finish provisioning here\\]", note, StringComparison.Ordinal);
    }
}
