using System.Globalization;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>
/// The bot's memory of one nudge, hidden in its own note:
/// <c>&lt;!-- salesops-ar-bot nudge flag=Stale n=2 pending=email,slack --&gt;</c>. <c>n=esc</c> marks the
/// escalation; <c>pending</c> lists channels not yet delivered (retried at the next sweep).
/// </summary>
public sealed record NudgeMarker(FlagKind Flag, int Number, bool Escalation, DateTimeOffset At, long NoteId, IReadOnlyList<string> Pending)
{
    internal const string Opening = "<!-- salesops-ar-bot nudge ";
    private const string Closing = " -->";
    private const int MaxReminderNumber = 1_000;
    private static readonly Dictionary<string, FlagKind> Flags = Enum.GetValues<FlagKind>().ToDictionary(f => f.ToString(), StringComparer.Ordinal);

    public string Render() =>
        $"{Opening}flag={Flag} n={(Escalation ? "esc" : Number.ToString(CultureInfo.InvariantCulture))}"
        + (Pending.Count > 0 ? $" pending={string.Join(',', Pending)}" : "") + Closing;

    public NudgeMarker WithPending(IReadOnlyList<string> pending) => this with { Pending = pending };

    /// <summary>
    /// The markers in a note body, in order. A scan, not a regex: linear in the body's length whatever it
    /// holds, and a marker that does not read exactly (an unknown flag, a number out of range) is skipped.
    /// </summary>
    public static IEnumerable<NudgeMarker> Parse(string? body, DateTimeOffset at, long noteId)
    {
        if (string.IsNullOrEmpty(body))
        {
            yield break;
        }

        for (var start = body.IndexOf(Opening, StringComparison.Ordinal); start >= 0; start = body.IndexOf(Opening, start + 1, StringComparison.Ordinal))
        {
            var fieldsStart = start + Opening.Length;
            var end = body.IndexOf(Closing, fieldsStart, StringComparison.Ordinal);
            if (end < 0)
            {
                yield break;
            }

            if (TryRead(body.AsSpan(fieldsStart, end - fieldsStart), at, noteId) is { } marker)
            {
                yield return marker;
            }
        }
    }

    private static NudgeMarker? TryRead(ReadOnlySpan<char> fields, DateTimeOffset at, long noteId)
    {
        FlagKind? flag = null;
        int? number = null;
        var escalation = false;
        IReadOnlyList<string> pending = [];
        foreach (var range in fields.Split(' '))
        {
            var field = fields[range];
            var equals = field.IndexOf('=');
            if (equals <= 0)
            {
                return null;
            }

            var key = field[..equals];
            var value = field[(equals + 1)..];
            switch (key)
            {
                case "flag" when Flags.TryGetValue(value.ToString(), out var f):
                    flag = f;
                    break;
                case "n" when value is "esc":
                    (escalation, number) = (true, 0);
                    break;
                case "n" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= MaxReminderNumber:
                    number = n;
                    break;
                case "pending":
                    pending = value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
                    break;
                default:
                    return null;
            }
        }

        return flag is { } kind && number is { } num ? new NudgeMarker(kind, num, escalation, at, noteId, pending) : null;
    }
}
