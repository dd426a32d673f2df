using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Worker.Tests.Infrastructure;
using static SalesOpsAr.Simulation.Ars;

namespace SalesOpsAr.Worker.Tests.Features.Reconciling;

/// <summary>"Action Needed — immediate or within current FQ", on GitLab: the due date rides in the label edit.</summary>
public sealed class DueDateTests : PipelineFixture
{
    [Fact]
    public async Task NewAr_GetsTheFiscalQuartersLastDay_InTheLabelEdit_NoExtraCall()
    {
        var ar = GitLab.AddIssue(4242, 801, Template);
        var expected = FiscalQuarter.LastDay(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), 2); // GitLab's fiscal year, the UTC calendar

        using (await GitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open"))
        {
            await LabelsBecome(ar, ActionNeeded);
        }

        var note = Assert.Single(await NotesBecome(ar, 1));
        Assert.Equal(expected, ar.DueDate);
        Assert.Contains($"Due date set to {expected.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}, the end of the current fiscal quarter", note.Body, StringComparison.Ordinal);
        Assert.Equal(["GET", "PUT", "GET", "POST"], GitLab.Calls(ar).Select(c => c.Split(' ')[0]));
    }

    [Fact]
    public async Task APersonsDueDate_IsNeverOverwritten()
    {
        var ar = GitLab.AddIssue(4242, 802, Template);
        ar.DueDate = new DateOnly(2026, 12, 4);

        using (await GitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open"))
        {
            await LabelsBecome(ar, ActionNeeded);
        }

        var note = Assert.Single(await NotesBecome(ar, 1));
        Assert.Equal(new DateOnly(2026, 12, 4), ar.DueDate);
        Assert.DoesNotContain("Due date", note.Body, StringComparison.Ordinal);
    }
}
