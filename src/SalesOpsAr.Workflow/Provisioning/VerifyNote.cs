using System.Text;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>
/// The verification's one table note: a row per person, a column per system the AR asks for, ✓ present, ✗ missing,
/// — not connected, ? not read. Its marker says whether anything is missing, so the reconciler reads the verdict back
/// from GitLab (the record) without asking the systems again.
/// </summary>
public static class VerifyNote
{
    public const string Marker = "verify";

    /// <summary>The marker's word for a verification that found something missing: the AR is not completed automatically.</summary>
    public const string MissingWord = "missing";

    public const string CompleteWord = "complete";

    public static string Render(IReadOnlyList<string> systems, IReadOnlyList<VerifyRow> rows, string key, bool beforeCompletion, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(rows);
        var missing = IsMissing(rows);
        var note = new StringBuilder();
        note.Append(PlanNote.MarkerPrefix).Append(' ').Append(Marker).Append(' ').Append(PlanNote.KeyOf(key)).Append(' ').Append(missing ? MissingWord : CompleteWord).Append(" -->\n");
        note.Append("**Verified**").Append(by is null ? (beforeCompletion ? " before completing, since every Sales Ops task is ticked" : "") : " as " + NoteText.Code(by) + " asked")
            .Append(": whether each person has an active account in each system the AR asks for.\n\n| Person |");
        foreach (var system in systems)
        {
            note.Append(' ').Append(NoteText.Inline(system)).Append(" |");
        }

        note.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---|", systems.Count))).Append('\n');
        foreach (var row in rows.Take(ProvisionNote.MaxRows))
        {
            note.Append("| ").Append(ProvisionNote.Cell(row.Person)).Append(" |");
            foreach (var (check, why) in row.Checks)
            {
                note.Append(' ').Append(check switch
                {
                    VerifyCheck.Present => "✓",
                    VerifyCheck.Missing => "✗",
                    VerifyCheck.NotConnected => "—",
                    _ => "?",
                }).Append(why is null ? "" : " " + NoteText.Inline(why.Length > 120 ? why[..120] + "…" : why)).Append(" |");
            }

            note.Append('\n');
        }

        note.Append("\n✓ present · ✗ missing · — not connected (check it by hand) · ? could not be read now\n");
        if (missing)
        {
            note.Append(beforeCompletion
                ? "\nSomething is missing, so the bot does **not** mark this AR Completed. Fix it and say `verify` to the bot again, or set ~\"SalesOpsAR::Completed\" yourself: a person's word wins.\n"
                : "\nSomething is missing: the bot will not mark this AR Completed until a verification finds everything (or a person sets Completed).\n");
        }

        return NoteText.Guard(note.ToString());
    }

    /// <summary>A ✗ anywhere.</summary>
    public static bool IsMissing(IReadOnlyList<VerifyRow> rows) => rows.Any(r => r.Checks.Any(c => c.Check == VerifyCheck.Missing));

    /// <summary>The verdict a note of the bot's records: true when it found something missing, false when not, null when it is no verify note.</summary>
    public static bool? MissingIn(string? body)
    {
        var start = $"{PlanNote.MarkerPrefix} {Marker} ";
        if (body is null || !body.StartsWith(start, StringComparison.Ordinal))
        {
            return null;
        }

        var end = body.IndexOf("-->", StringComparison.Ordinal);
        if (end < 0 || end > 200)
        {
            return null;
        }

        var marker = body[..end];
        return marker.EndsWith(" " + MissingWord + " ", StringComparison.Ordinal) ? true
            : marker.EndsWith(" " + CompleteWord + " ", StringComparison.Ordinal) ? false
            : null;
    }
}
