using System.Text.RegularExpressions;

namespace SalesOpsAr.Workflow.Tasks;

/// <summary>
/// Reads task items the way GitLab counts them: <c>- [ ]</c> / <c>- [x]</c> list items (also <c>*</c>,
/// <c>+</c>, <c>1.</c>); items in fenced code blocks or HTML comments do not count, nor does <c>[~]</c>.
/// </summary>
public static partial class TaskListParser
{
    public static IReadOnlyList<TaskItem> Parse(string? markdown)
    {
        var items = new List<TaskItem>();
        if (string.IsNullOrEmpty(markdown))
        {
            return items;
        }

        string? heading = null;
        string? fence = null;
        var inComment = false;
        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
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
                if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            var fenceMatch = FencePattern().Match(line);
            if (fenceMatch.Success)
            {
                fence = fenceMatch.Groups["fence"].Value;
                continue;
            }

            line = StripComments(line, out inComment);

            var headingMatch = HeadingPattern().Match(line);
            if (headingMatch.Success)
            {
                heading = headingMatch.Groups["text"].Value.Trim();
                continue;
            }

            var task = TaskPattern().Match(line);
            if (task.Success && task.Groups["mark"].Value != "~")
            {
                var done = task.Groups["mark"].Value is "x" or "X";
                items.Add(new TaskItem(task.Groups["text"].Value.Trim(), done, heading));
            }
        }

        return items;
    }

    private static string StripComments(string line, out bool openComment)
    {
        openComment = false;
        while (true)
        {
            var open = line.IndexOf("<!--", StringComparison.Ordinal);
            if (open < 0)
            {
                return line;
            }

            var close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                openComment = true;
                return line[..open];
            }

            line = string.Concat(line.AsSpan(0, open), line.AsSpan(close + 3));
        }
    }

    [GeneratedRegex(@"^\s{0,3}(?<fence>`{3,}|~{3,})")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,9}[.)])\s+\[(?<mark>[ xX~])\](?:\s+(?<text>.*))?$")]
    private static partial Regex TaskPattern();
}
