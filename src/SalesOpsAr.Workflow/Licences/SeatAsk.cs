using SalesOpsAr.Workflow.Assisting;

namespace SalesOpsAr.Workflow.Licences;

/// <summary>
/// What an AR asks of Salesforce, as far as seats go, read from its text: the people (their addresses, to look up who
/// has a user), the profile asked for, and the Salesforce task lines (for the add-on words). Bounded whatever the AR holds.
/// </summary>
/// <param name="People">How many people the AR names (at least one: an AR is for someone, even unnamed).</param>
/// <param name="Emails">Their addresses, at most <see cref="MaxEmails"/>; a person without one always needs a seat.</param>
/// <param name="Profile">The profile asked for (<c>Profile: SDR</c>, or <c>Salesforce: Account Executive profile</c>); null when not said.</param>
/// <param name="Lines">The AR's Salesforce task lines and values, at most <see cref="MaxLines"/> of <see cref="MaxLineLength"/> characters.</param>
public sealed record SeatAsk(int People, IReadOnlyList<string> Emails, string? Profile, IReadOnlyList<string> Lines)
{
    public const int MaxEmails = 200;
    public const int MaxLines = 20;
    public const int MaxLineLength = 300;

    /// <summary>The ask of an AR whose tasks name <paramref name="system"/>; null when they do not (no seat is needed).</summary>
    public static SeatAsk? Of(ArRequest request, string system)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Systems.Contains(system, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var asks = request.Asks.TryGetValue(system, out var lines) ? lines : [];
        var values = request.SystemValues.TryGetValue(system, out var own) ? own.Values : [];
        var profile = request.ValueFor(system, "Profile").Value ?? asks.Select(ProfileIn).FirstOrDefault(p => p is not null);
        return new SeatAsk(
            Math.Max(1, request.People.Count),
            [.. request.People.Select(p => p.Email).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxEmails)],
            profile is { Length: > MaxLineLength } ? profile[..MaxLineLength] : profile,
            [.. asks.Concat(values).Take(MaxLines).Select(l => l.Length > MaxLineLength ? l[..MaxLineLength] : l)]);
    }

    /// <summary>
    /// The profile a task line names the way the handbook's templates do: <c>Salesforce: Account Executive profile</c>
    /// (after the first colon, before a closing word "profile"); null for any other line.
    /// </summary>
    public static string? ProfileIn(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        const string Word = "profile";
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var text = line[(colon + 1)..].Trim();
        if (colon < 0 || !text.EndsWith(Word, StringComparison.OrdinalIgnoreCase) || text.Length == Word.Length || text[^(Word.Length + 1)] != ' ')
        {
            return null;
        }

        var name = text[..^Word.Length].Trim();
        return name.Length == 0 ? null : name;
    }
}
