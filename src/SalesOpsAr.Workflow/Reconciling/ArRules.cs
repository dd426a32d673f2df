using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>
/// The handbook as rules (docs/workflow-rules.md): from an AR as it is now, the label edits and CC that
/// bring it to its desired state. Pure: no I/O, no clock. Applying a plan and deciding again yields nothing.
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
        Systems = new KeywordMatcher(settings.SalesSystems);
    }

    /// <summary>Who is who and which words matter, as configured.</summary>
    public WorkflowSettings Settings { get; }

    public LabelCatalog Labels { get; }

    public KeywordMatcher Systems { get; }

    /// <summary>An AR is Sales Ops' when it carries a Sales Ops label or its description names a sales system.</summary>
    public bool IsSalesOpsAr(IEnumerable<string> labels, string? description) =>
        labels.Any(Labels.IsSalesOpsLabel) || Systems.Matches(description);

    public IReadOnlyList<string> TeamAssignees(ArSnapshot ar)
    {
        ArgumentNullException.ThrowIfNull(ar);
        return ar.Assignees.Where(_team.Contains).ToList();
    }

    /// <param name="ar">The AR as GitLab has it now.</param>
    /// <param name="hints">What the triggering event changed; <see cref="ArHints.None"/> for a sweep.</param>
    /// <param name="mentionedInNotes">Usernames mentioned in the AR's notes, or null when not read yet.</param>
    public Plan Decide(ArSnapshot ar, ArHints hints, IReadOnlySet<string>? mentionedInNotes = null)
    {
        ArgumentNullException.ThrowIfNull(ar);
        ArgumentNullException.ThrowIfNull(hints);
        if (!ar.IsOpen)
        {
            return Plan.Nothing; // Rule 10: closed ARs keep their labels.
        }

        var stateLabels = ar.Labels
            .Select(title => (Title: title, State: Labels.StateOf(title)))
            .Where(l => l.State is not null)
            .Select(l => (l.Title, State: l.State!.Value))
            .ToList();
        var reasons = new List<string>();
        var current = PickOneState(stateLabels, hints, reasons);
        var assigned = TeamAssignees(ar);
        var target = DesiredState(ar, hints, current, assigned, out var why);
        if (why is not null)
        {
            reasons.Insert(0, $"Moved to ~\"{StateLabels.Title(target!.Value)}\": {why}.");
        }

        var remove = new List<string>();
        foreach (var (title, state) in stateLabels)
        {
            if (state == target && StateLabels.IsCanonical(title, state))
            {
                continue;
            }

            remove.Add(title);
            if (state == target)
            {
                reasons.Add($"Replaced {NoteText.Code(title)} with the canonical ~\"{StateLabels.Title(state)}\".");
            }
        }

        var add = new List<string>();
        if (target is { } t && !stateLabels.Any(l => l.State == t && StateLabels.IsCanonical(l.Title, t)))
        {
            add.Add(StateLabels.Title(t));
        }

        var cc = Array.Empty<string>() as IReadOnlyList<string>;
        if ((hints.Action == EventAction.Open || current is null) && target != ArState.Completed)
        {
            var missing = MissingCc(ar, mentionedInNotes);
            if (missing is null)
            {
                return Plan.NotesRequired;
            }

            cc = missing;
            if (cc.Count > 0 && reasons.Count == 0)
            {
                reasons.Add("New Sales Ops access request: CC'ing the provisioning DRIs.");
            }
        }

        return add.Count == 0 && remove.Count == 0 && cc.Count == 0
            ? Plan.Nothing
            : new Plan { From = current, To = target, AddLabels = add, RemoveLabels = remove, Cc = cc, Reasons = reasons };
    }

    // Rule 2: one state. The label added most recently wins; without that, the most advanced.
    private static ArState? PickOneState(
        List<(string Title, ArState State)> stateLabels, ArHints hints, List<string> reasons)
    {
        var present = stateLabels.Select(l => l.State).Distinct().ToList();
        if (present.Count <= 1)
        {
            return present.Count == 0 ? null : present[0];
        }

        var addedNow = stateLabels
            .Where(l => hints.LabelsAdded.Contains(l.Title, StringComparer.OrdinalIgnoreCase))
            .Select(l => l.State)
            .ToList();
        var kept = addedNow.Count > 0 ? addedNow.Max() : present.Max();
        var dropped = string.Join(", ", present.Where(s => s != kept).Order().Select(s => $"~\"{StateLabels.Title(s)}\""));
        reasons.Add(addedNow.Count > 0
            ? $"Kept ~\"{StateLabels.Title(kept)}\", the state set most recently, and removed {dropped}: an AR has one state."
            : $"Kept ~\"{StateLabels.Title(kept)}\", the most advanced state, and removed {dropped}: an AR has one state.");
        return kept;
    }

    private ArState? DesiredState(
        ArSnapshot ar, ArHints hints, ArState? current, IReadOnlyList<string> assigned, out string? why)
    {
        why = null;
        if (current == ArState.Completed)
        {
            return current; // Rule 4: Completed is sticky.
        }

        var tasks = SalesOpsTaskSummary.Of(TaskListParser.Parse(ar.Description), Systems, Settings.SalesOpsHeadings);
        if (tasks.AllDone)
        {
            why = $"all {tasks.Count} Sales Ops task{(tasks.Count == 1 ? " is" : "s are")} checked"; // Rule 3
            return ArState.Completed;
        }

        var holdReason = ar.Labels.FirstOrDefault(Labels.IsHoldReason);
        if (holdReason is not null)
        {
            if (current != ArState.OnHold)
            {
                why = $"the hold reason {NoteText.Label(holdReason)} is set"; // Rule 5
            }

            return ArState.OnHold;
        }

        var who = assigned.Count > 0 ? $"{string.Join(", ", assigned.Select(NoteText.Code))} from Sales Ops" : null;
        switch (current)
        {
            case ArState.OnHold when hints.LabelsRemoved.Any(Labels.IsHoldReason): // Rule 6
                why = who is null
                    ? "the hold reason was removed and nobody from Sales Ops is assigned"
                    : $"the hold reason was removed and {who} is assigned";
                return who is null ? ArState.ActionNeeded : ArState.InProgress;
            case ArState.OnHold:
                return current; // An On Hold set by hand, without a reason, stands.
            case null: // Rule 7
                why = who is null
                    ? "new Sales Ops access request, nobody from Sales Ops assigned yet"
                    : $"new Sales Ops access request, already picked up by {who}";
                return who is null ? ArState.ActionNeeded : ArState.InProgress;
            case ArState.ActionNeeded when who is not null: // Rule 8
                why = $"picked up by {who}";
                return ArState.InProgress;
            case ArState.InProgress when who is null: // Rule 9
                why = "nobody from Sales Ops is assigned any more";
                return ArState.ActionNeeded;
            default:
                return current;
        }
    }

    // The DRIs neither the description nor any note mentions yet; null when the notes must be read first.
    private List<string>? MissingCc(ArSnapshot ar, IReadOnlySet<string>? mentionedInNotes)
    {
        var inDescription = Mentions.In(ar.Description);
        var missing = Settings.Dris.Where(d => !inDescription.Contains(d)).ToList();
        if (missing.Count == 0 || ar.UserNotesCount == 0)
        {
            return missing;
        }

        return mentionedInNotes is null ? null : missing.Where(d => !mentionedInNotes.Contains(d)).ToList();
    }
}
