namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>
/// A team member's word to provision: a note line <c>@bot provision salesforce</c>, optionally
/// <c>… for jane@example.com</c>. Line by line, string operations only (no regular expression over AR text).
/// </summary>
/// <param name="System">The system named, as written (matched to a configured system by the caller).</param>
/// <param name="For">The one person's address when the command names one; null for everyone in the AR.</param>
public sealed record ProvisionCommand(string System, string? For)
{
    /// <summary>The word after the bot's mention.</summary>
    public const string Word = "provision";

    /// <summary>The longest line read as a command: anything longer is prose, not a command.</summary>
    public const int MaxLine = 300;

    /// <summary>The commands a note holds, in order; none when it holds none.</summary>
    public static IReadOnlyList<ProvisionCommand> In(string? note, string botUsername)
    {
        if (string.IsNullOrEmpty(note) || string.IsNullOrEmpty(botUsername))
        {
            return [];
        }

        var mention = "@" + botUsername;
        var commands = new List<ProvisionCommand>();
        foreach (var raw in note.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > MaxLine || !line.StartsWith(mention, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var words = line[mention.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length is 2 or 4 && words[0].Equals(Word, StringComparison.OrdinalIgnoreCase)
                && (words.Length == 2 || (words[2].Equals("for", StringComparison.OrdinalIgnoreCase) && words[3].Contains('@', StringComparison.Ordinal))))
            {
                commands.Add(new ProvisionCommand(words[1], words.Length == 4 ? words[3].TrimEnd('.', ',') : null));
            }
        }

        return commands;
    }
}
