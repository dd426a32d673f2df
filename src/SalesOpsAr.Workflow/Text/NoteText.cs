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

    /// <summary>
    /// Text inline, as text: line breaks and other control characters become spaces; every <c>@</c> is followed by an
    /// invisible word joiner, so GitLab reads no mention in it (<c>@all</c> included); Markdown's link, image, emphasis,
    /// code and table characters and HTML's angle brackets are escaped, so <c>[Finish here](https://evil.example)</c>
    /// or <c>&lt;a href=…&gt;</c> show as typed; and a joiner after <c>://</c> and <c>www.</c> keeps GitLab from making
    /// a bare address a link. Bidi controls are dropped: the text reads as it is.
    /// </summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var safe = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                continue;
            }

            if (c is '\\' or '[' or ']' or '<' or '>' or '*' or '_' or '`' or '~' or '|' or '!')
            {
                safe.Append('\\');
            }

            if (c == '.' && i >= 3 && string.Compare(text, i - 3, "www", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                safe.Append(WordJoiner); // "www⁠." is no address to GitLab
            }

            safe.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
            if (c == '@' || (c == ':' && i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/'))
            {
                safe.Append(WordJoiner); // "@⁠all" pings nobody; "https:⁠//" is no address
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
