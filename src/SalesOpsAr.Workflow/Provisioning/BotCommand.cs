namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>
/// A team member's word to the bot in a note: <c>@bot provision &lt;system&gt; [for jane@example.com]</c> or
/// <c>@bot verify</c>, each a line of its own. Carried on the queue as its <see cref="ToString"/> text and read back with
/// <see cref="Parse"/>.
/// </summary>
/// <param name="Verb"><see cref="Provision"/> or <see cref="Verify"/>.</param>
public sealed record BotCommand(string Verb, string? System = null, string? For = null)
{
    public const string Provision = "provision";
    public const string Verify = "verify";

    /// <summary>The most commands one note gives: the rest of its lines are prose.</summary>
    public const int MaxPerNote = 5;

    /// <summary>The commands a note gives, in order (at most <see cref="MaxPerNote"/>).</summary>
    public static IReadOnlyList<BotCommand> In(string? note, string botUsername)
    {
        if (string.IsNullOrEmpty(note) || string.IsNullOrEmpty(botUsername))
        {
            return [];
        }

        var mention = "@" + botUsername;
        var commands = new List<BotCommand>();
        foreach (var raw in note.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > ProvisionCommand.MaxLine || !line.StartsWith(mention, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (ProvisionCommand.In(line, botUsername) is [var provision])
            {
                commands.Add(new BotCommand(Provision, provision.System, provision.For));
            }
            else if (line[mention.Length..].Trim().TrimEnd('.', '!').Equals(Verify, StringComparison.OrdinalIgnoreCase))
            {
                commands.Add(new BotCommand(Verify));
            }

            if (commands.Count == MaxPerNote)
            {
                break;
            }
        }

        return commands;
    }

    /// <summary>A command from its <see cref="ToString"/> text; null when the text is none.</summary>
    public static BotCommand? Parse(string? text) =>
        text is null || text.Contains('\n', StringComparison.Ordinal) ? null : In("@bot " + text, "bot") is [var command] ? command : null;

    public override string ToString() => Verb + (System is null ? "" : " " + System) + (For is null ? "" : " for " + For);
}
