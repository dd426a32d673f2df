using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Sweeping;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.Sweeping;

/// <summary>The honest clocks: read from label events and notes; the bot's own writes never move them.</summary>
public sealed class ArHistoryTests
{
    private const string Bot = "salesops-ar-bot";
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly LabelCatalog Labels = new(Ars.Settings);

    [Fact]
    public void StateSince_IsTheLastEventAddingThatStateInAnySpelling()
    {
        var history = Read(ArState.InProgress, events:
        [
            Added("jdoe", "SalesOpsAR::In Progress", 1),
            Added("jdoe", "SalesOpsAR::On Hold", 2),
            Added("jdoe", "SaelsOpsAR::In Progress", 3),
        ]);

        Assert.Equal(Created.AddDays(3), history.StateSince);
    }

    [Fact]
    public void StateSince_WithoutAnyEvent_IsWhenTheArWasOpened() =>
        Assert.Equal(Created, Read(ArState.ActionNeeded).StateSince);

    [Fact]
    public void StateSince_ALabelDeletedSince_IsSkipped() =>
        Assert.Equal(Created.AddDays(1), Read(ArState.InProgress, events: [Added("jdoe", "SalesOpsAR::In Progress", 1), new LabelEvent("jdoe", null, true, Created.AddDays(4))]).StateSince);

    [Fact]
    public void LastPersonActivity_CountsPeoplesNotesAndLabelEdits_NotTheBots()
    {
        var history = Read(ArState.InProgress,
            events: [Added("jdoe", "SalesOpsAR::In Progress", 1), Added(Bot, "SalesOpsAR::In Progress", 5)],
            notes: [Note(1, "ksmith", "on it", 2), Note(2, Bot, "**Sales Ops AR bot:** nudge", 6)]);

        Assert.Equal(Created.AddDays(2), history.LastPersonActivity);
    }

    [Fact]
    public void LastPersonActivity_ASystemNoteByAPerson_Counts() =>
        Assert.Equal(Created.AddDays(3), Read(ArState.InProgress, notes: [Note(1, "jdoe", "marked the checklist item as completed", 3, system: true)]).LastPersonActivity);

    [Fact]
    public void LastPersonActivity_APersonsLabelEditAfterTheirLastNote_IsTheLatest() =>
        Assert.Equal(Created.AddDays(5), Read(ArState.InProgress,
            events: [Added("ksmith", "SalesOpsAR::In Progress", 5)],
            notes: [Note(1, "ksmith", "on it", 2)]).LastPersonActivity);

    [Fact]
    public void LastPersonActivity_ANoteWithoutAnAuthor_IsNobodys() =>
        Assert.Equal(Created, Read(ArState.InProgress, notes: [Note(1, "", "ghost", 3)]).LastPersonActivity);

    [Fact]
    public void Pending_OnlyNudgeNotesThatStillOweAChannel() =>
        Assert.Equal([2L], Read(ArState.InProgress, notes:
        [
            Note(1, Bot, "<!-- salesops-ar-bot nudge flag=Stale n=1 -->", 1),
            Note(2, Bot, "<!-- salesops-ar-bot nudge flag=Stale n=2 pending=slack -->", 4),
        ]).Pending.Select(n => n.NoteId));

    [Fact]
    public void NudgeNotes_AreTheBotsNotesWithMarkers_OthersIgnored()
    {
        var history = Read(ArState.InProgress, notes:
        [
            Note(1, Bot, "**Sales Ops AR bot:** Moved.\n\n<!-- salesops-ar-bot reconcile to=InProgress -->", 1),
            Note(2, Bot, "**Sales Ops AR bot:** Still moving?\n\n<!-- salesops-ar-bot nudge flag=Stale n=1 pending=email -->", 4),
            Note(3, "mallory", "<!-- salesops-ar-bot nudge flag=Stale n=3 -->", 5),
        ]);

        var note = Assert.Single(history.NudgeNotes);
        Assert.Equal((2L, "Still moving?"), (note.NoteId, note.Text));
        Assert.Equal(["email"], Assert.Single(history.Pending).Pending);
        Assert.Equal(Created.AddDays(4), Assert.Single(history.Markers).At);
    }

    private static ArHistory Read(ArState state, LabelEvent[]? events = null, ArNote[]? notes = null) =>
        ArHistory.Of(state, Created, events ?? [], notes ?? [], Bot, Labels);

    private static LabelEvent Added(string user, string label, int day) => new(user, label, true, Created.AddDays(day));

    private static ArNote Note(long id, string author, string body, int day, bool system = false) => new(id, author, body, system, Created.AddDays(day));
}
