using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Workflow.History;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Text;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Platform.Reading;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>
/// Decides a plan, reading from GitLab only what the rules ask for (<see cref="Plan.Needs"/>): the notes, for whom
/// they mention (the CC; remembered per process once every DRI is), and the label events with the notes, for
/// whether the current state is a person's decision that still stands. Each read at most once per decision. An AR
/// entering Action Needed gets its due date in the same edit (<see cref="DueDates"/>, today where the team works); one
/// entering In Progress, or whose runbook a team member asks for, is owed the runbook note (<see cref="Plan.Runbook"/>,
/// decided by <see cref="Workflow.Assisting.RunbookTrigger.Duty"/>).
/// </summary>
internal sealed class ArContextReader(
    IArReader reader,
    ArRules rules,
    IOptions<GitLabOptions> options,
    Workflow.Assisting.ArRequestReader requests,
    CcLedger ledger,
    RunMode mode,
    Workflow.Calendar.BusinessCalendar calendar,
    IEnumerable<Contracts.IPickupListener> pickupListeners,
    IEnumerable<Contracts.ICompletionGate> completionGates,
    TimeProvider clock)
{
    private readonly IReadOnlyList<Contracts.IPickupListener> _pickups = [.. pickupListeners];
    private readonly IReadOnlyList<Contracts.ICompletionGate> _gates = [.. completionGates];

    /// <param name="dryRun">Nothing is written: a completion gate reads only what GitLab already records.</param>
    public async Task<Plan> DecideAsync(ArSnapshot ar, ArHints hints, CancellationToken cancellationToken, bool dryRun = false)
    {
        var context = ledger.IsCcd(ar.ProjectId, ar.Iid)
            ? new ArContext { MentionedInNotes = rules.Settings.Dris.ToHashSet(StringComparer.OrdinalIgnoreCase) }
            : ArContext.None;
        IReadOnlyList<GitLabNote>? notes = null;
        var plan = rules.Decide(ar, hints, context);
        for (var round = 0; round < 2 && plan.Needs != ContextNeeds.None; round++)
        {
            if (plan.Needs.HasFlag(ContextNeeds.Notes))
            {
                notes ??= await NotesAsync(ar, cancellationToken);
                var mentioned = notes.SelectMany(n => Mentions.In(n.Body)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                context = context with { MentionedInNotes = mentioned };
                if (rules.Settings.Dris.All(d => mentioned.Contains(d) || Mentions.In(ar.Description).Contains(d)))
                {
                    ledger.Record(ar.ProjectId, ar.Iid);
                }
            }

            if (plan.Needs.HasFlag(ContextNeeds.Decision))
            {
                context = context with { DecisionStands = await DecisionStandsAsync(ar, hints, notes ??= await NotesAsync(ar, cancellationToken), cancellationToken) };
            }

            plan = rules.Decide(ar, hints, context);
        }

        // Completing because every task is ticked (not a person's Completed label): a verification may withhold it (#24).
        if (plan.To == Workflow.Labels.ArState.Completed && plan.From != Workflow.Labels.ArState.Completed && ar.IsOpen)
        {
            foreach (var gate in _gates.Where(g => g.Listening))
            {
                if (await gate.WithholdsAsync(ar, !dryRun, cancellationToken))
                {
                    context = context with { CompletionWithheld = true };
                    plan = rules.Decide(ar, hints, context);
                    break;
                }
            }
        }

        plan = DueDates.Apply(plan, ar, calendar.LocalDate(clock.GetUtcNow()), rules.Settings);
        if (ar.IsOpen && _pickups.Any(p => p.Listening) && plan.From != Workflow.Labels.ArState.OnHold && Workflow.Assisting.RunbookTrigger.EntersInProgress(plan, hints, rules.Labels))
        {
            plan = plan with { PickedUp = true };
        }

        return mode.Assists
            ? plan with { Runbook = Workflow.Assisting.RunbookTrigger.Duty(plan, hints, rules.Labels, ar.IsOpen, () => requests.Read(ar.Description, ar.Title).People.Count) }
            : plan;
    }

    private Task<IReadOnlyList<GitLabNote>> NotesAsync(ArSnapshot ar, CancellationToken cancellationToken) =>
        reader.NotesAsync(ar, cancellationToken);

    // Without a history (no token) a state the event itself set is a person's decision, any other is not known to be.
    private async Task<bool> DecisionStandsAsync(ArSnapshot ar, ArHints hints, IReadOnlyList<GitLabNote> notes, CancellationToken cancellationToken)
    {
        if (rules.CurrentState(ar, hints) is not { } state || await reader.LabelEventsAsync(ar, cancellationToken) is not { } events)
        {
            return hints.LabelsAdded.Any(l => rules.Labels.StateOf(l) is not null);
        }

        var created = DateTimeOffset.MinValue;
        return StateDecision.Stands(state, ArInput.LabelEvents(events), ArInput.Notes(notes, created), options.Value.BotUsername, rules.Labels);
    }
}
