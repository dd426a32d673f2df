using SalesOpsAr.Workflow.Assisting;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>Progress per person on a bulk AR, in the runbook note's summary.</summary>
public sealed class RunbookProgressTests
{
    private static readonly ArRequestReader Reader = new(Ars.Settings);
    private static readonly RunbookProgress Progress = new(Ars.Settings);

    private const string Bulk = """
        | Name | Email |
        |---|---|
        | Jane Doe | jane@example.com |
        | John Roe | john@example.com |

        ### Sales Ops
        #### Jane Doe
        * [x] Chorus: invite
        * [x] DataFox: invite
        #### John Roe
        * [x] Chorus: invite
        * [ ] DataFox: invite
        * [ ] Clari: john@example.com as forecast user
        """;

    [Fact]
    public void TasksUnderAPersonsHeadingOrNamingThem_CountForThem()
    {
        var progress = Progress.Of(Reader.Read(Bulk, null), Bulk);

        Assert.Equal([new PersonProgress("Jane Doe", 2, 2), new PersonProgress("John Roe", 1, 3)], progress);
        Assert.Equal("Progress per person: Jane Doe 2/2 ✓ · John Roe 1/3", RunbookProgress.Line(progress));
    }

    [Fact]
    public void OnePerson_OrTasksNamingNobody_HaveNoProgressLine()
    {
        Assert.Empty(Progress.Of(Reader.Read("Name: Jane Doe\n* [ ] Chorus: seat", null), "Name: Jane Doe\n* [ ] Chorus: seat"));
        var twoUnnamed = "| Name | Email |\n|---|---|\n| A Person | a@x.io |\n| B Person | b@x.io |\n\n* [ ] Chorus: seats";
        Assert.Null(RunbookProgress.Line(Progress.Of(Reader.Read(twoUnnamed, null), twoUnnamed)));
    }

    [Fact]
    public void TheLine_IsTheNotesSecondLine_ReplacedAsTasksAreTicked()
    {
        const string note = "**Sales Ops AR bot — runbook** for 2 people\n\n#### Chorus\n- [ ] x\n\n<!-- salesops-ar-bot runbook -->";

        var first = RunbookProgress.WithLine(note, "Progress per person: A 0/1 · B 0/1");
        var second = RunbookProgress.WithLine(first, "Progress per person: A 1/1 ✓ · B 0/1");

        Assert.Equal("**Sales Ops AR bot — runbook** for 2 people\nProgress per person: A 0/1 · B 0/1\n\n#### Chorus", string.Join('\n', first.Split('\n').Take(4)));
        Assert.Contains("\nProgress per person: A 1/1 ✓ · B 0/1\n", second, StringComparison.Ordinal);
        Assert.DoesNotContain("A 0/1", second, StringComparison.Ordinal);
        Assert.Equal(note, RunbookProgress.WithLine(first, null));
        Assert.Equal(note, RunbookProgress.WithLine(note, null)); // no line, none to remove
    }

    [Fact]
    public void TheRunbookNote_CarriesTheLineFromTheStart()
    {
        var request = Reader.Read(Bulk, null);

        var note = RunbookNote.Render(new RunbookNoteInput { Request = request, Runbooks = [Runbooks.Chorus], Progress = Progress.Of(request, Bulk) });

        Assert.Equal("Progress per person: Jane Doe 2/2 ✓ · John Roe 1/3", note.Split('\n')[1]);
    }
}
