using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesOpsAr.Workflow.Sweeping;

/// <summary>
/// The bot's memory of a nudge, hidden in its own note:
/// <c>&lt;!-- salesops-ar-bot nudge flag=Stale n=2 pending=email,slack --&gt;</c>. <c>n=esc</c> marks the
/// escalation; <c>pending</c> lists channels not yet delivered (retried at the next sweep).
/// </summary>
public sealed partial record NudgeMarker(FlagKind Flag, int Number, bool Escalation, DateTimeOffset At, long NoteId, IReadOnlyList<string> Pending)
{
    public string Render() =>
        $"<!-- salesops-ar-bot nudge flag={Flag} n={(Escalation ? "esc" : Number.ToString(CultureInfo.InvariantCulture))}"
        + (Pending.Count > 0 ? $" pending={string.Join(',', Pending)}" : "") + " -->";

    /// <summary>The same note body with this marker's pending channels replaced.</summary>
    public static string WithPending(string body, IReadOnlyList<string> pending)
    {
        ArgumentNullException.ThrowIfNull(body);
        return MarkerPattern().Replace(body, m =>
        {
            var head = $"<!-- salesops-ar-bot nudge flag={m.Groups["flag"].Value} n={m.Groups["n"].Value}";
            return head + (pending.Count > 0 ? $" pending={string.Join(',', pending)}" : "") + " -->";
        });
    }

    /// <summary>The markers in one bot note (a note may carry several flags of one sweep).</summary>
    public static IEnumerable<NudgeMarker> Parse(string body, DateTimeOffset at, long noteId)
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (Match m in MarkerPattern().Matches(body))
        {
            if (!Enum.TryParse<FlagKind>(m.Groups["flag"].Value, out var flag))
            {
                continue;
            }

            var escalation = m.Groups["n"].Value == "esc";
            var number = escalation ? 0 : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var pending = m.Groups["pending"].Success
                ? m.Groups["pending"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries)
                : [];
            yield return new NudgeMarker(flag, number, escalation, at, noteId, pending);
        }
    }

    [GeneratedRegex(@"<!-- salesops-ar-bot nudge flag=(?<flag>\w+) n=(?<n>\d+|esc)(?: pending=(?<pending>[\w,]+))? -->")]
    private static partial Regex MarkerPattern();
}
