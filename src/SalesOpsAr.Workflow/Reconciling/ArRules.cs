using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>
/// The handbook as rules (docs/workflow-rules.md, whose numbers the comments use): from an AR as it is now, the
/// label edits and the note that bring it to its desired state. Pure: no I/O, no clock. Applying a plan and deciding
/// again yields nothing.
/// </summary>
public sealed class ArRules
{
    private readonly HashSet<string> _team;

    public ArRules(WorkflowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _team = new HashSet<string>(settings.Team.Concat(settings.Dris), StringComparer.OrdinalIgnoreCase);
        Labels = new LabelCatalog(settings);
        Tasks = new SalesOpsTasks(settings);
    }

    /// <summary>Who is who and which words matter, as configured.</summary>
    public WorkflowSettings Settings { get; }

    public LabelCatalog Labels { get; }

    public SalesOpsTasks Tasks { get; }

    /// <summary>
    /// An AR is Sales Ops' when it carries a Sales Ops label, or its description has a Sales Ops section or a Sales
    /// Ops task. A sales system named in prose ("no Salesforce access needed") does not make it so.
    /// </summary>
    public bool IsSalesOpsAr(IEnumerable<string> labels, string? description) =>
        labels.Any(Labels.IsSalesOpsLabel) || Tasks.AreSalesOps(TaskListParser.Parse(description));

    /// <summary>
    /// Why an event needs no reconciling, judged from the event alone (no GitLab call); null when it may need some. A
    /// closed AR matters once, on its close (Rule 10); an opted-out one never (Rule 11); one that is not Sales Ops'
    /// (before or after the event's label change) never.
    /// </summary>
    public string? WhyIgnored(bool isOpen, EventAction action, IReadOnlyList<string> labels, IReadOnlyList<string> previousLabels, string? description)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(previousLabels);
        return !isOpen && action != EventAction.Close ? "the issue is closed"
            : IsOffTheWorkflow(labels) ? $"the AR carries {Labels.NotNeeded}"
            : IsSalesOpsAr(labels.Concat(previousLabels), description) ? null
            : "not a Sales Ops AR";
    }

    /// <summary>Opted out (<c>SalesOpsAR::Not Needed</c>): off the workflow, whatever else it carries.</summary>
    public bool IsOffTheWorkflow(IEnumerable<string> labels) => labels.Any(Labels.IsNotNeeded);

    public IReadOnlyList<string> TeamAssignees(ArSnapshot ar)
    {
        ArgumentNullException.ThrowIfNull(ar);
        return ar.Assignees.Where(_team.Contains).ToList();
    }

    /// <summary>The one state the AR is in (Rule 2: with several labels, the one the event added, else the most advanced); null for none.</summary>
    public ArState? CurrentState(ArSnapshot ar, ArHints hints)
    {
        ArgumentNullException.ThrowIfNull(ar);
        ArgumentNullException.ThrowIfNull(hints);
        var states = ar.Labels.Select(t => (Title: t, State: Labels.StateOf(t))).Where(l => l.State is not null).Select(l => (l.Title, State: l.State!.Value)).ToList();
        return PickOneState(states, hints).Current;
    }

    /// <summary>How an edit of the description changed Sales Ops' tasks.</summary>
    public TaskChange TaskChangeBetween(string? before, string? after) =>
        Tasks.Change(TaskListParser.Parse(before), TaskListParser.Parse(after));

    /// <param name="ar">The AR as GitLab has it now.</param>
    /// <param name="hints">What the triggering event changed; <see cref="ArHints.None"/> for a sweep.</param>
    /// <param name="context">What was read on a plan's request (<see cref="Plan.Needs"/>); <see cref="ArContext.None"/> at first.</param>
    public Plan Decide(ArSnapshot ar, ArHints hints, ArContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(ar);
        ArgumentNullException.ThrowIfNull(hints);
        context ??= ArContext.None;
        var states = ar.Labels.Select(t => (Title: t, State: Labels.StateOf(t))).Where(l => l.State is not null).Select(l => (l.Title, State: l.State!.Value)).ToList();
        if (!ar.IsOpen)
        {
            return ClosedUnfinished(ar, hints, states); // Rule 10
        }

        if (IsOffTheWorkflow(ar.Labels))
        {
            return Plan.Nothing; // Rule 11
        }

        if (ar.Labels.FirstOrDefault(Labels.IsUnknownInScope) is { } own)
        {
            return Plan.Nothing with { Respected = own }; // Rule 11: a person's own Sales Ops label
        }

        var (current, kept) = PickOneState(states, hints); // Rule 2
        var tasks = Tasks.Summarize(TaskListParser.Parse(ar.Description));
        var assigned = TeamAssignees(ar);
        var (target, why) = DesiredState(ar, hints, current, tasks, assigned, context.CompletionWithheld);
        if (target != current && current is not null && !IsNewWork(hints, current.Value, target))
        {
            // Rule 4: a state a person set by hand stands until something new happens.
            if (context.DecisionStands is not { } stands)
            {
                return Plan.Needing(ContextNeeds.Decision);
            }

            if (stands)
            {
                (target, why) = (current, null);
            }
        }

        IReadOnlyList<string>? cc = target == ArState.Completed ? [] : MissingCc(ar, context); // Rule 7
        if (cc is null)
        {
            return Plan.Needing(ContextNeeds.Notes);
        }

        return Edit(states, current, kept, target!.Value, why, cc);
    }

    // Rule 1 (one canonical spelling) and the note: the labels that take the AR from its state labels to the target,
    // each sentence of the note saying what was done.
    private static Plan Edit(List<(string Title, ArState State)> states, ArState? current, string? kept, ArState target, string? why, IReadOnlyList<string> cc)
    {
        var canonical = StateLabels.Title(target);
        var remove = states.Where(l => !(l.State == target && StateLabels.IsCanonical(l.Title, target))).Select(l => l.Title).ToList();
        var add = states.Any(l => StateLabels.IsCanonical(l.Title, target) && l.State == target) ? [] : new List<string> { canonical };
        var reasons = new List<string>();
        var others = states.Select(l => l.State).Where(s => s != target).Distinct().Order().ToList();
        if (target != current && why is not null)
        {
            reasons.Add($"Moved to ~\"{canonical}\": {why}.");
            others.Remove(current ?? target);
        }

        if (others.Count > 0)
        {
            var dropped = string.Join(", ", others.Select(s => $"~\"{StateLabels.Title(s)}\""));
            reasons.Add(target == current && kept is not null
                ? $"Kept ~\"{canonical}\", {kept}, and removed {dropped}: an AR has one state."
                : $"Removed {dropped}: an AR has one state.");
        }

        reasons.AddRange(states.Where(l => l.State == target && !StateLabels.IsCanonical(l.Title, target))
            .Select(l => $"Replaced {NoteText.Code(l.Title)} with the canonical ~\"{canonical}\"."));
        if (cc.Count > 0 && reasons.Count == 0)
        {
            reasons.Add("Sales Ops access request: CC'ing the provisioning DRIs.");
        }

        return add.Count == 0 && remove.Count == 0 && cc.Count == 0
            ? Plan.Nothing
            : new Plan { From = current, To = target, AddLabels = add, RemoveLabels = remove, Cc = cc, Reasons = reasons };
    }

    // Rule 2: one state. The label the event added wins; without that hint, the most advanced.
    private static (ArState? Current, string? Kept) PickOneState(List<(string Title, ArState State)> states, ArHints hints)
    {
        var present = states.Select(l => l.State).Distinct().ToList();
        if (present.Count <= 1)
        {
            return (present.Count == 0 ? null : present[0], null);
        }

        var addedNow = states.Where(l => hints.LabelsAdded.Contains(l.Title, StringComparer.OrdinalIgnoreCase)).Select(l => l.State).ToList();
        return addedNow.Count > 0 ? (addedNow.Max(), "the state set most recently") : (present.Max(), "the most advanced state");
    }

    private (ArState? Target, string? Why) DesiredState(ArSnapshot ar, ArHints hints, ArState? current, SalesOpsTaskSummary tasks, IReadOnlyList<string> assigned, bool withheld)
    {
        var who = assigned.Count > 0 ? $"{string.Join(", ", assigned.Select(NoteText.Code))} from Sales Ops" : null;
        var resumeTo = who is null ? ArState.ActionNeeded : ArState.InProgress;
        if (current == ArState.Completed)
        {
            // Rule 4: new work reopens a Completed AR; nothing else moves it.
            return tasks.Open.Count > 0 && hints.TaskChange == TaskChange.Reopened ? (resumeTo, $"a new or unticked Sales Ops task ({NoteText.Code(tasks.Open[0].Text.Length <= 300 ? tasks.Open[0].Text : tasks.Open[0].Text[..300] + "…")}) is open again{Assignment(who)}")
                : tasks.Open.Count > 0 && hints.Action == EventAction.Reopen ? (resumeTo, $"the AR was reopened with {Count(tasks.Open.Count, "unticked Sales Ops task")}{Assignment(who)}")
                : (current, null);
        }

        if (tasks.AllDone && !withheld)
        {
            return (ArState.Completed, $"all {Count(tasks.Count, "Sales Ops task")} {(tasks.Count == 1 ? "is" : "are")} checked"); // Rule 3
        }

        if (ar.Labels.Select(Labels.HoldOf).OfType<HoldLabel>().FirstOrDefault(h => !IsReleased(h, ar.Labels)) is { } hold)
        {
            return (ArState.OnHold, $"{hold.Reason} ({NoteText.Label(hold.Label)})"); // Rule 5
        }

        return current switch
        {
            ArState.OnHold => (resumeTo, $"the hold is released{Assignment(who)}"), // Rule 6 (a hold set by hand stands: Rule 4)
            null => (resumeTo, who is null ? "new Sales Ops access request, nobody from Sales Ops assigned yet" : $"new Sales Ops access request, already picked up by {who}"), // Rule 7
            ArState.ActionNeeded when who is not null => (ArState.InProgress, $"picked up by {who}"), // Rule 8
            ArState.InProgress when who is null => (ArState.ActionNeeded, "nobody from Sales Ops is assigned any more"), // Rule 9
            _ => (current, null),
        };
    }

    private bool IsReleased(HoldLabel hold, IReadOnlyList<string> labels) =>
        labels.Any(l => Labels.ReleaseOf(l) == hold);

    // New work: what a person's earlier decision could not have taken into account. A hold is lifted by its own
    // label going or by all of Sales Ops' tasks being ticked, never by an assignment alone.
    private bool IsNewWork(ArHints hints, ArState current, ArState? target) =>
        hints.Action is EventAction.Open or EventAction.Reopen
        || hints.LabelsAdded.Concat(hints.LabelsRemoved).Any(l => Labels.HoldOf(l) is not null || Labels.ReleaseOf(l) is not null)
        || ((current != ArState.OnHold || target == ArState.Completed) && (hints.AssigneesChanged || hints.TaskChange != TaskChange.None));

    // Rule 7: the DRIs neither the description nor any note mentions yet; null when the notes must be read first.
    private List<string>? MissingCc(ArSnapshot ar, ArContext context)
    {
        var inDescription = Mentions.In(ar.Description);
        var missing = Settings.Dris.Where(d => !inDescription.Contains(d)).ToList();
        if (missing.Count == 0 || ar.UserNotesCount == 0)
        {
            return missing;
        }

        return context.MentionedInNotes is not { } mentioned ? null : missing.Where(d => !mentioned.Contains(d)).ToList();
    }

    // Rule 10: closed ARs keep their labels; one closed before Sales Ops' part was done is told to the DRIs, once (on
    // its close event). Done means Completed, or every Sales Ops task ticked.
    private Plan ClosedUnfinished(ArSnapshot ar, ArHints hints, List<(string Title, ArState State)> states)
    {
        if (hints.Action != EventAction.Close || IsOffTheWorkflow(ar.Labels) || ar.Labels.Any(Labels.IsUnknownInScope)
            || states.Any(s => s.State == ArState.Completed) || Tasks.Summarize(TaskListParser.Parse(ar.Description)).AllDone)
        {
            return Plan.Nothing;
        }

        var state = states.Count == 0 ? null : (ArState?)states.Max(s => s.State);
        var was = state is { } s ? $"while ~\"{StateLabels.Title(s)}\"" : "before the bot labelled it";
        return new Plan
        {
            From = state,
            To = state,
            Cc = Settings.Dris,
            Reasons = [$"This AR was closed {was}: Sales Ops' part may not be done. Please check nothing is left to provision."],
        };
    }

    private static string Assignment(string? who) => who is null ? ", and nobody from Sales Ops is assigned" : $", and {who} is assigned";

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
