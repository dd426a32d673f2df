namespace SalesOpsAr.Workflow.Tasks;

/// <summary>
/// Reads task items the way GitLab counts them: <c>- [ ]</c> / <c>- [x]</c> list items (also <c>*</c>,
/// <c>+</c>, <c>1.</c>); items in fenced code blocks or HTML comments do not count, nor does <c>[~]</c>. Each item
/// keeps the headings it stands under (<see cref="Heading"/>): Markdown headings, a line of bold text alone
/// (<c>**Sales Ops to-do:**</c>), and a short line ending in <c>:</c> after a blank line, as templates write them.
/// </summary>
/// <remarks>
/// AR descriptions are written by anyone who can open an issue, so this is a scanner, not a set of regexes:
/// every character is looked at a bounded number of times, whatever the text holds (long runs of blanks or
/// hashes, deep nesting). A description longer than GitLab allows (<see cref="MaxLength"/>) is not read at all.
/// </remarks>
public static class TaskListParser
{
    /// <summary>GitLab's own limit for an issue description, in characters.</summary>
    public const int MaxLength = 1_048_576;

    /// <summary>False when the text is longer than any GitLab description can be: the rules then treat it as unreadable.</summary>
    public static bool CanParse(string? markdown) => markdown is null || markdown.Length <= MaxLength;

    public static TaskList Parse(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return TaskList.Empty;
        }

        if (!CanParse(markdown))
        {
            return new TaskList([], [], Unread: true);
        }

        var items = new List<TaskItem>();
        var headings = new List<Heading>();
        var sections = new List<Heading>();
        string? fence = null;
        var inComment = false;
        var afterBlank = true;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var line = markdown.AsSpan(range).TrimEnd('\r');
            if (inComment)
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }

                inComment = false;
                line = line[(close + 3)..];
            }

            if (fence is not null)
            {
                if (ClosesFence(line, fence))
                {
                    fence = null;
                }

                continue;
            }

            if (TryFence(line, out var opened))
            {
                fence = opened;
                continue;
            }

            var text = StripComments(line, out inComment);
            var blank = text.IsWhiteSpace();
            if (TryHeading(text, out var heading) || TryBold(text, out heading) || (afterBlank && TryColon(text, out heading)))
            {
                sections.RemoveAll(h => h.Level >= heading.Level);
                sections.Add(heading);
                headings.Add(heading);
            }
            else if (TryTask(text, out var mark, out var said) && mark != '~')
            {
                items.Add(new TaskItem(said, mark is 'x' or 'X', [.. sections]));
            }

            afterBlank = blank;
        }

        return new TaskList(items, headings);
    }

    // A line that is nothing but bold text: **Sales Ops to-do:**, __Sales to-do__, **Sales Ops**:
    private static bool TryBold(ReadOnlySpan<char> line, out Heading heading)
    {
        heading = null!;
        var text = line.Trim();
        if (text.EndsWith(':') && text.Length > 1 && text[^2] is '*' or '_')
        {
            text = text[..^1];
        }

        if (text.Length < 5 || !(text.StartsWith("**") && text.EndsWith("**") || text.StartsWith("__") && text.EndsWith("__")))
        {
            return false;
        }

        var inner = text[2..^2];
        if (inner.IsWhiteSpace() || inner.Contains("**", StringComparison.Ordinal) || inner.Contains("__", StringComparison.Ordinal))
        {
            return false;
        }

        heading = new Heading(inner.Trim().ToString(), Heading.Bold);
        return true;
    }

    // A short line ending in ':' on its own (after a blank line), that is no list item, quote or table row.
    private static bool TryColon(ReadOnlySpan<char> line, out Heading heading)
    {
        heading = null!;
        var text = line.Trim();
        if (text.Length is < 2 or > 100 || !text.EndsWith(':') || text[0] is '-' or '*' or '+' or '>' or '|' or '#'
            || char.IsAsciiDigit(text[0]) || TryTask(text, out _, out _))
        {
            return false;
        }

        heading = new Heading(text.ToString(), Heading.Colon);
        return true;
    }

    // Up to three blanks, then ``` or ~~~ (three or more): the run is the fence a closing line must repeat. A run
    // of backticks with another backtick after it on the line is inline code (```like this```), not a fence.
    private static bool TryFence(ReadOnlySpan<char> line, out string fence)
    {
        fence = "";
        var i = Indent(line);
        if (i < 0 || i >= line.Length || line[i] is not ('`' or '~'))
        {
            return false;
        }

        var run = Run(line, i, line[i]);
        if (run < 3 || (line[i] == '`' && line[(i + run)..].Contains('`')))
        {
            return false;
        }

        fence = new string(line[i], run);
        return true;
    }

    // Up to three blanks, a run of the fence's character at least as long as the fence, then nothing but blanks.
    private static bool ClosesFence(ReadOnlySpan<char> line, string fence)
    {
        var i = Indent(line);
        if (i < 0 || i >= line.Length || line[i] != fence[0])
        {
            return false;
        }

        var run = Run(line, i, fence[0]);
        return run >= fence.Length && line[(i + run)..].IsWhiteSpace();
    }

    // Up to three blanks, one to six '#', a blank, the text; a closing run of '#' after a blank is dropped.
    private static bool TryHeading(ReadOnlySpan<char> line, out Heading heading)
    {
        heading = null!;
        var i = Indent(line);
        if (i < 0 || i >= line.Length || line[i] != '#')
        {
            return false;
        }

        var hashes = Run(line, i, '#');
        i += hashes;
        if (hashes > 6 || i >= line.Length || !char.IsWhiteSpace(line[i]))
        {
            return false;
        }

        var text = line[i..].Trim();
        var closing = text.Length - text.TrimEnd('#').Length;
        if (closing == text.Length || (closing > 0 && char.IsWhiteSpace(text[^(closing + 1)])))
        {
            text = text[..^closing].TrimEnd();
        }

        heading = new Heading(text.ToString(), hashes);
        return true;
    }

    // Any blanks, a bullet (- * +) or an ordinal (1-9 digits and . or )), blanks, [mark], then nothing or a blank and the text.
    private static bool TryTask(ReadOnlySpan<char> line, out char mark, out string text)
    {
        mark = ' ';
        text = "";
        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        if (i < line.Length && line[i] is '-' or '*' or '+')
        {
            i++;
        }
        else
        {
            var digits = 0;
            while (i < line.Length && char.IsAsciiDigit(line[i]) && digits < 10)
            {
                i++;
                digits++;
            }

            if (digits is 0 or > 9 || i >= line.Length || line[i] is not ('.' or ')'))
            {
                return false;
            }

            i++;
        }

        var blanks = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
            blanks++;
        }

        if (blanks == 0 || i + 2 >= line.Length || line[i] != '[' || line[i + 1] is not (' ' or 'x' or 'X' or '~') || line[i + 2] != ']')
        {
            return false;
        }

        mark = line[i + 1];
        var rest = line[(i + 3)..];
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]))
        {
            return false;
        }

        text = rest.Trim().ToString();
        return true;
    }

    // The number of leading blanks when there are at most three, else -1.
    private static int Indent(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            if (++i > 3)
            {
                return -1;
            }
        }

        return i;
    }

    private static int Run(ReadOnlySpan<char> line, int start, char c)
    {
        var end = start;
        while (end < line.Length && line[end] == c)
        {
            end++;
        }

        return end - start;
    }

    // One pass: each comment is cut out where it stands; one left open swallows the rest of the line.
    private static ReadOnlySpan<char> StripComments(ReadOnlySpan<char> line, out bool openComment)
    {
        openComment = false;
        var open = line.IndexOf("<!--", StringComparison.Ordinal);
        if (open < 0)
        {
            return line;
        }

        var kept = new System.Text.StringBuilder(line.Length);
        var at = 0;
        while (open >= 0)
        {
            kept.Append(line[at..open]);
            var close = line[(open + 4)..].IndexOf("-->", StringComparison.Ordinal);
            if (close < 0)
            {
                openComment = true;
                return kept.ToString();
            }

            at = open + 4 + close + 3;
            var next = line[at..].IndexOf("<!--", StringComparison.Ordinal);
            open = next < 0 ? -1 : at + next;
        }

        return kept.Append(line[at..]).ToString();
    }
}
