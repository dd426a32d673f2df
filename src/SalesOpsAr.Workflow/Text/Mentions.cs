namespace SalesOpsAr.Workflow.Text;

/// <summary>Finds GitLab @mentions in Markdown, with one pass over the text.</summary>
public static class Mentions
{
    /// <summary>The usernames mentioned in the text (compared without case).</summary>
    public static IReadOnlySet<string> In(string? text)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        // A mention starts after a character that is no word character, @ or backtick, and is a GitLab username.
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] != '@' || (i > 0 && (IsWord(text[i - 1]) || text[i - 1] is '@' or '`')) || !IsUsernameStart(text[i + 1]))
            {
                continue;
            }

            var end = i + 2;
            while (end < text.Length && (IsUsernameStart(text[end]) || text[end] is '.' or '-'))
            {
                end++;
            }

            found.Add(text[(i + 1)..end].TrimEnd('.', '-'));
            i = end - 1;
        }

        return found;
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsUsernameStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
