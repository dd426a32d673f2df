using System.Globalization;
using System.Text;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>
/// The bot's one note per command: what it did for each person in one system, every value from the AR or the system as
/// code or escaped text (inert), and the command's key in the hidden marker, so a retry finds the note and writes no second.
/// </summary>
public static class ProvisionNote
{
    /// <summary>Marks a provisioning note: <c>&lt;!-- salesops-ar-bot provision key=… --&gt;</c>.</summary>
    public const string Marker = "provision";

    /// <summary>Marks a short answer to a command the bot does not act on (who may, an unknown system).</summary>
    public const string AnswerMarker = "command";

    /// <summary>The most rows a note lists; a plan holds at most <see cref="UserPlan.MaxPeople"/>.</summary>
    public const int MaxRows = UserPlan.MaxPeople;

    public static string Render(string system, string by, IReadOnlyList<ProvisionOutcome> outcomes, string key, string? afterword = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var note = new StringBuilder();
        note.Append(PlanNote.MarkerPrefix).Append(' ').Append(Marker).Append(' ').Append(PlanNote.KeyOf(key)).Append(" -->\n");
        note.Append("**").Append(NoteText.Inline(system)).Append(" users**, provisioned as ").Append(NoteText.Code(by)).Append(" asked: ")
            .Append(Summary(outcomes)).Append(".\n\n| Person | Account | Outcome |\n|---|---|---|\n");
        foreach (var outcome in outcomes.Take(MaxRows))
        {
            note.Append("| ").Append(Cell(outcome.Person)).Append(" | ").Append(Cell(outcome.Account)).Append(" | ").Append(Words(outcome)).Append(" |\n");
        }

        if (outcomes.Any(o => o.Kind == ProvisionOutcomeKind.Failed))
        {
            note.Append("\nWhere a call failed, nobody can tell yet whether it was made: say the command again, and the bot looks every account up first, so nothing is made twice.\n");
        }

        if (afterword is not null)
        {
            note.Append('\n').Append(afterword).Append('\n');
        }

        return NoteText.Guard(note.ToString());
    }

    /// <summary>A short answer (a refusal, a system without a connector), marked with the command's key.</summary>
    public static string Answer(string text, string key) =>
        NoteText.Guard($"{PlanNote.MarkerPrefix} {AnswerMarker} {PlanNote.KeyOf(key)} -->\n{text}");

    /// <summary>A note of the bot's answering this command key, whatever its kind.</summary>
    public static bool Answers(string? body, string key) =>
        Licences.SeatNotes.Is(body, Marker, key) || Licences.SeatNotes.Is(body, AnswerMarker, key) || Licences.SeatNotes.Is(body, VerifyNote.Marker, key);

    private static string Summary(IReadOnlyList<ProvisionOutcome> outcomes)
    {
        var counts = outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {Short(g.Key)}");
        return outcomes.Count == 0 ? "nobody to provision in the AR" : string.Join(", ", counts);
    }

    private static string Short(ProvisionOutcomeKind kind) => kind switch
    {
        ProvisionOutcomeKind.Created => "created",
        ProvisionOutcomeKind.Reactivated => "reactivated",
        ProvisionOutcomeKind.AlreadyThere => "already there",
        ProvisionOutcomeKind.NotPlanned => "not ready",
        ProvisionOutcomeKind.Refused => "refused",
        ProvisionOutcomeKind.NoSeat => "without a seat",
        _ => "failed",
    };

    private static string Words(ProvisionOutcome outcome)
    {
        var detail = outcome.Detail is null ? "" : ": " + NoteText.Inline(outcome.Detail.Length > 200 ? outcome.Detail[..200] + "…" : outcome.Detail);
        var link = outcome.Link is { } url ? $" ([open]({url.AbsoluteUri}))" : "";
        return outcome.Kind switch
        {
            ProvisionOutcomeKind.Created => "✓ created" + link,
            ProvisionOutcomeKind.Reactivated => "✓ reactivated" + link,
            ProvisionOutcomeKind.AlreadyThere => "✓ already there" + link,
            ProvisionOutcomeKind.NotPlanned => "✗ not ready" + detail,
            ProvisionOutcomeKind.Refused => "✗ refused" + detail,
            ProvisionOutcomeKind.NoSeat => "✗ no free seat" + detail,
            _ => "? failed" + detail,
        };
    }

    // A table cell: code (inert), its pipes escaped so the row holds; a dash for nothing.
    internal static string Cell(string? value) => value is null ? "—" : NoteText.Code(value.Length > 120 ? value[..120] + "…" : value).Replace("|", "\\|", StringComparison.Ordinal);
}
