using SalesOpsAr.Workflow.History;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Tests.Reconciling;

namespace SalesOpsAr.Workflow.Tests.History;

/// <summary>The honest clocks: read from label events and notes; neither the bot nor the requester moves the team's.</summary>
public sealed class ArHistoryTests
{
    private const string Bot = "salesops-ar-bot";
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly LabelCatalog Labels = new(Ars.Settings);
    private static readonly HashSet<string> SalesOps = new(["jdoe", "ksmith", "amber", "meri"], StringComparer.OrdinalIgnoreCase);

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

    public static TheoryData<string, LabelEvent[], ArNote[], int> TeamClock => new()
    {
        { "a team member's comment", [], [Note(1, "ksmith", "on it", 2)], 2 },
        { "a DRI's label change", [Added("amber", "SalesOPS: Waiting on SFDC License", 3)], [], 3 },
        { "the assignee ticking a task (a system note)", [], [Note(1, "jdoe", "marked the checklist item **SFDC** as completed", 4, system: true)], 4 },
        { "the bot's label edit and note", [Added(Bot, "SalesOpsAR::In Progress", 5)], [Note(2, Bot, "**Sales Ops AR bot:** nudge", 6)], 0 },
        { "the requester asking for an update", [], [Note(3, "requester", "any update?", 5)], 0 },
        { "a note without an author", [], [Note(4, "", "ghost", 3)], 0 },
        { "the team's label edit after its last comment", [Added("ksmith", "SalesOpsAR::In Progress", 5)], [Note(1, "ksmith", "on it", 2)], 5 },
    };

    [Theory]
    [MemberData(nameof(TeamClock))]
    public void LastTeamActivity_OnlySalesOpsMovesIt(string what, LabelEvent[] events, ArNote[] notes, int day) =>
        Assert.True(Created.AddDays(day) == Read(ArState.InProgress, events, notes).LastTeamActivity, what);

    [Fact]
    public void Waiting_TheFirstOutsideCommentSinceTheTeamLastActed()
    {
        var history = Read(ArState.InProgress, notes:
        [
            Note(1, "requester", "any update?", 1),
            Note(2, "jdoe", "soon", 2),
            Note(3, "requester", "still waiting", 3),
            Note(4, "manager", "+1", 4),
        ]);

        Assert.Equal((Created.AddDays(3), "requester"), (history.WaitingSince, history.WaitingOn));
    }

    [Fact]
    public void Waiting_AnsweredByTheTeam_IsNothing() =>
        Assert.Null(Read(ArState.InProgress, notes: [Note(1, "requester", "any update?", 1), Note(2, "ksmith", "done today", 2)]).WaitingSince);

    [Fact]
    public void Waiting_AQuestionAtTheSameInstantAsTheTeamsAnswer_IsAnswered() =>
        Assert.Null(Read(ArState.InProgress, notes: [Note(1, "ksmith", "done today", 2), Note(2, "requester", "thanks!", 2)]).WaitingSince);

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
        Assert.Equal(Created.AddDays(4), Assert.Single(history.Markers).At);
    }

    internal static LabelEvent Added(string user, string label, int day) => new(user, label, true, Created.AddDays(day));

    internal static ArNote Note(long id, string author, string body, int day, bool system = false) => new(id, author, body, system, Created.AddDays(day));

    private static ArHistory Read(ArState state, LabelEvent[]? events = null, ArNote[]? notes = null) =>
        ArHistory.Of(state, Created, events ?? [], notes ?? [], Bot, Labels, SalesOps);
}
