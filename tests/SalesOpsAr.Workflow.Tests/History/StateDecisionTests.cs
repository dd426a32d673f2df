using SalesOpsAr.Workflow.History;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Tests.Reconciling;
using static SalesOpsAr.Workflow.Tests.History.ArHistoryTests;

namespace SalesOpsAr.Workflow.Tests.History;

/// <summary>Rule 4: a state a person set by hand stands until something new happens.</summary>
public sealed class StateDecisionTests
{
    private static readonly LabelCatalog Labels = new(Ars.Settings);

    public static TheoryData<string, LabelEvent[], ArNote[], bool> Cases => new()
    {
        { "a person moved it out of Completed, nothing since", [Added("salesops-ar-bot", "SalesOpsAR::Completed", 1), Added("jdoe", "SalesOpsAR::In Progress", 2)], [], true },
        { "the bot set it", [Added("salesops-ar-bot", "SalesOpsAR::In Progress", 2)], [], false },
        { "a person set it, then someone was assigned", [Added("jdoe", "SalesOpsAR::In Progress", 2)], [Note(1, "ksmith", "assigned to @ksmith", 3, system: true)], false },
        { "a person set it, then a task was ticked", [Added("jdoe", "SalesOpsAR::In Progress", 2)], [Note(1, "jdoe", "marked the checklist item **Chorus** as completed", 3, system: true)], false },
        { "a person set it, then the description changed (its event judges the tasks)", [Added("jdoe", "SalesOpsAR::In Progress", 2)], [Note(1, "requester", "changed the description", 3, system: true)], true },
        { "a person set it, then the AR was reopened", [Added("jdoe", "SalesOpsAR::In Progress", 2)], [Note(1, "jdoe", "reopened", 3, system: true)], false },
        { "a person set it, then comments only", [Added("jdoe", "SalesOpsAR::In Progress", 2)], [Note(1, "requester", "assigned to you?", 3)], true },
        { "new work before the decision", [Added("jdoe", "SalesOpsAR::In Progress", 4)], [Note(1, "ksmith", "assigned to @ksmith", 3, system: true)], true },
        { "set by a person in a misspelling", [Added("jdoe", "SaelsOpsAR::In Progress", 2)], [], true },
        { "no event for it: older than the history", [], [], true },
        { "no event for it, then someone was assigned", [], [Note(1, "ksmith", "assigned to @ksmith", 3, system: true)], false },
        { "the bot set it, a person set it again later: the latest event decides", [Added("salesops-ar-bot", "SalesOpsAR::In Progress", 1), Added("jdoe", "SalesOpsAR::In Progress", 3)], [], true },
        { "a person set it, the bot set it again later", [Added("jdoe", "SalesOpsAR::In Progress", 1), Added("salesops-ar-bot", "SalesOpsAR::In Progress", 3)], [], false },
        { "the bot set it, its name in another case", [Added("SalesOps-AR-Bot", "SalesOpsAR::In Progress", 2)], [], false },
        { "a person set it and assigned themselves in the same edit (same instant)", [Added("jdoe", "SalesOpsAR::In Progress", 2)], [Note(1, "jdoe", "assigned to @jdoe", 2, system: true)], true },
        { "a person set it, then a task was ticked (GitLab before 15)", [Added("jdoe", "SalesOpsAR::In Progress", 2)], [Note(1, "jdoe", "marked the task **Chorus** as completed", 3, system: true)], false },
    };

    // An On Hold without a reason label, set by hand (Rule 4): only its release or every task ticked moves it.
    public static TheoryData<string, LabelEvent[], ArNote[], bool> HandSetHolds => new()
    {
        { "put on hold, then the description edited with prose", [Added("jdoe", "SalesOpsAR::On Hold", 2)], [Note(1, "requester", "changed the description", 3, system: true)], true },
        { "put on hold, then someone assigned", [Added("jdoe", "SalesOpsAR::On Hold", 2)], [Note(1, "ksmith", "assigned to @ksmith and @jdoe", 3, system: true)], true },
        { "put on hold, then someone unassigned", [Added("jdoe", "SalesOpsAR::On Hold", 2)], [Note(1, "ksmith", "unassigned @ksmith", 3, system: true)], true },
        { "put on hold, then a task ticked", [Added("jdoe", "SalesOpsAR::On Hold", 2)], [Note(1, "jdoe", "marked the checklist item **Chorus** as completed", 3, system: true)], false },
        { "put on hold, then reopened", [Added("jdoe", "SalesOpsAR::On Hold", 2)], [Note(1, "jdoe", "reopened", 3, system: true)], false },
        { "the bot held it", [Added("salesops-ar-bot", "SalesOpsAR::On Hold", 2)], [], false },
    };

    [Theory]
    [MemberData(nameof(HandSetHolds))]
    public void Stands_AHandSetHold(string what, LabelEvent[] events, ArNote[] notes, bool stands) =>
        Assert.True(stands == StateDecision.Stands(ArState.OnHold, events, notes, "salesops-ar-bot", Labels), what);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stands_Case(string what, LabelEvent[] events, ArNote[] notes, bool stands) =>
        Assert.True(stands == StateDecision.Stands(ArState.InProgress, events, notes, "salesops-ar-bot", Labels), what);
}
