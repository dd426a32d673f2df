namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// The line grammar of AR templates, one line at a time with string operations only: headings (<c>#### Chorus</c>,
/// <c>**Sales Ops to-do:**</c>), list items and tasks, <c>Key: value</c> pairs, table cells; values clipped.
/// </summary>
internal static class ArLine
{
    public const int MaxKeyLength = 40;
    public const int MaxValueLength = 200;

    /// <summary>A key as compared: trimmed of blanks and emphasis, lower case.</summary>
    public static string Normalize(string key) => key.Trim().Trim('*', '_', '`', ':').Trim().ToLowerInvariant();

    // "# Title", "**Sales Ops to-do:**", "Chorus:" alone: the heading's text; null for other lines.
    public static string? HeadingText(string line)
    {
        if (line.StartsWith('#'))
        {
            return line.TrimStart('#').Trim();
        }

        var bare = line.TrimEnd(':').Trim();
        if ((bare.StartsWith("**", StringComparison.Ordinal) && bare.EndsWith("**", StringComparison.Ordinal) && bare.Length > 4)
            || (bare.StartsWith("__", StringComparison.Ordinal) && bare.EndsWith("__", StringComparison.Ordinal) && bare.Length > 4))
        {
            var inner = bare[2..^2].Trim().TrimEnd(':');
            return inner.Contains("**", StringComparison.Ordinal) || inner.Contains("__", StringComparison.Ordinal) ? null : inner;
        }

        return line.EndsWith(':') && !line.StartsWith('-') && !line.StartsWith('*') && line.Length <= MaxKeyLength && line.IndexOf(':') == line.Length - 1
            ? line[..^1].Trim()
            : null;
    }

    // "- [x] text" → "text" (a task); "* **Email:** x" → "**Email:** x".
    public static string ListItemBody(string line, out bool isTask)
    {
        var body = line;
        if (body.Length > 1 && body[0] is '-' or '*' or '+' && body[1] == ' ')
        {
            body = body[2..].TrimStart();
        }
        else
        {
            var digits = 0;
            while (digits < body.Length && char.IsAsciiDigit(body[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits + 1 < body.Length && body[digits] is '.' or ')' && body[digits + 1] == ' ')
            {
                body = body[(digits + 2)..].TrimStart();
            }
        }

        isTask = body.Length >= 3 && body[0] == '[' && body[2] == ']' && body[1] is ' ' or 'x' or 'X';
        return isTask ? body[3..].Trim() : body;
    }

    // "**Email:** jane@example.com" → ("Email", "jane@example.com"); null when the line is not one.
    public static (string Key, string Value)? KeyValue(string body)
    {
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxKeyLength + 4)
        {
            return null;
        }

        var key = body[..colon].Trim().Trim('*', '_', '`').Trim();
        var value = body[(colon + 1)..].TrimStart('*', '_').Trim().Trim('*', '_').Trim();
        if (key.Length == 0 || value.Length == 0 || value.StartsWith("//", StringComparison.Ordinal) || key.Count(c => c == ' ') > 3
            || !key.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '/' or '(' or ')'))
        {
            return null;
        }

        return (key, Clip(value));
    }

    public static List<string> Cells(string line, int count)
    {
        var inner = line.Trim().Trim('|');
        return [.. inner.Split('|', count + 1).Take(count).Select(c => Clip(c.Trim().Trim('*', '_').Trim()))];
    }

    public static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && text.Length <= 80
            && words.All(w => char.IsLetter(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '\'' or '-'));
    }

    public static string Clip(string value) => value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";
}
