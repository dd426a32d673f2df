using System.Text;

namespace SalesOpsAr.Workflow.Text;

/// <summary>
/// Puts text that came from GitLab (label titles, names, anything quoted from an AR) into a note the bot writes,
/// so that it cannot act: no line of the note starts a quick action, no mention in it pings anyone, no backtick in
/// it closes the bot's own code span. Every note renderer passes its result through <see cref="Guard"/>.
/// </summary>
public static class NoteText
{
    private const char WordJoiner = '\u2060';

    /// <summary>Text inline: line breaks and other control characters become spaces, and every <c>@</c> is
    /// followed by an invisible word joiner, so GitLab reads no mention in it (<c>@all</c> included).</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            safe.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
            if (c == '@')
            {
                safe.Append(WordJoiner);
            }
        }

        return safe.ToString();
    }

    /// <summary>Text as inline code: fenced by a run of backticks longer than any inside it, on one line.
    /// Inside a code span Markdown, mentions and references are inert.</summary>
    public static string Code(string? text)
    {
        var oneLine = Flatten(text);
        var longest = 0;
        for (int i = 0, run = 0; i < oneLine.Length; i++)
        {
            run = oneLine[i] == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = oneLine.StartsWith('`') || oneLine.EndsWith('`') || oneLine.Length == 0 ? " " : "";
        return fence + pad + oneLine + pad + fence;
    }

    /// <summary>A label reference (<c>~"title"</c>) when the title is plain enough to be one, else the title as code.</summary>
    public static string Label(string? title)
    {
        var oneLine = Flatten(title);
        return oneLine.Length > 0 && !oneLine.Contains('"', StringComparison.Ordinal) && !oneLine.Contains('@', StringComparison.Ordinal)
            ? $"~\"{oneLine}\""
            : Code(oneLine);
    }

    /// <summary>The last line of defence over a whole note: a line that would start with <c>/</c> (a quick action) is escaped.</summary>
    public static string Guard(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var lines = note.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var body = lines[i].TrimStart();
            if (body.StartsWith('/'))
            {
                lines[i] = lines[i][..^body.Length] + "\\" + body;
            }
        }

        return string.Join('\n', lines);
    }

    private static string Flatten(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Concat(text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)).Trim();
}
