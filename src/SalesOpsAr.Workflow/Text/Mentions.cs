using System.Text.RegularExpressions;

namespace SalesOpsAr.Workflow.Text;

/// <summary>Finds GitLab @mentions in Markdown.</summary>
public static partial class Mentions
{
    /// <summary>The usernames (lower-cased) mentioned in the text.</summary>
    public static IReadOnlySet<string> In(string? text)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        foreach (Match m in MentionPattern().Matches(text))
        {
            found.Add(m.Groups["user"].Value.TrimEnd('.', '-'));
        }

        return found;
    }

    // A mention starts after a non-word character and is a GitLab username: letters, digits, _ . -
    [GeneratedRegex(@"(?<![\w@`])@(?<user>[A-Za-z0-9_][A-Za-z0-9_.\-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
