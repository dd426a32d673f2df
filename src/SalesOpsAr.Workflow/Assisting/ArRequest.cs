namespace SalesOpsAr.Workflow.Assisting;

/// <summary>What an AR asks of Sales Ops, read from its text (<see cref="ArRequestReader"/>).</summary>
public sealed record ArRequest
{
    public static ArRequest Empty { get; } = new();

    /// <summary>The people to provision, in the AR's order; one e-mail address each at most.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>
    /// Words the AR gives as addresses that could not be read as one (a non-Latin letter, say): at most
    /// <see cref="MaxUnreadable"/>; the note lists them, so nobody is dropped from the lines to paste unsaid.
    /// </summary>
    public IReadOnlyList<string> Unreadable { get; init; } = [];

    /// <summary>The most unreadable addresses an AR's note lists.</summary>
    public const int MaxUnreadable = 20;

    /// <summary>The systems Sales Ops' tasks ask for, in the configured order.</summary>
    public IReadOnlyList<string> Systems { get; init; } = [];

    /// <summary>Values given for one system (<c>License Type: Full</c> under <c>#### Chorus</c>, or <c>Chorus License Type: Full</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> SystemValues { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Values given outside any system's section that are not about a person (<c>License Type: Full</c>).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sales Ops' task lines that name each system (<c>Chorus: recorder licence</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Asks { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most addresses one note lists: a bulk AR beyond that is pasted in parts from the AR itself.</summary>
    public const int MaxEmailsInLine = 200;

    /// <summary>The people's e-mail addresses (up to <see cref="MaxEmailsInLine"/>), comma-separated, as Chorus' and DataFox's invite fields take them.</summary>
    public string EmailLine => string.Join(", ", People.Select(p => p.Email).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxEmailsInLine));

    /// <summary>How many addresses the AR gives.</summary>
    public int EmailCount => People.Select(p => p.Email).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>The people's job titles, as one value (distinct, in order).</summary>
    public string? Roles => Join(People.Select(p => p.Role));

    /// <summary>
    /// A value a runbook needs for a system: given for that system, else given for the AR as a whole, else (for Role,
    /// Team and Region) what the AR says of its people, else the runbook's default; null when the AR does not tell.
    /// </summary>
    public RunbookValue ValueFor(string system, string key, IReadOnlyDictionary<string, string>? defaults = null)
    {
        if (SystemValues.TryGetValue(system, out var own) && own.TryGetValue(key, out var value))
        {
            return new(value, RunbookValueSource.Ar);
        }

        if (Values.TryGetValue(key, out value))
        {
            return new(value, RunbookValueSource.Ar);
        }

        var fromPeople = key.ToUpperInvariant() switch
        {
            "ROLE" or "TITLE" or "JOB TITLE" => Roles,
            "TEAM" => Join(People.Select(p => p.Team ?? p.Region)),
            "REGION" => Join(People.Select(p => p.Region)),
            _ => null,
        };
        if (fromPeople is not null)
        {
            return new(fromPeople, RunbookValueSource.People);
        }

        return defaults is not null && defaults.TryGetValue(key, out value)
            ? new(value, RunbookValueSource.Default)
            : new(null, RunbookValueSource.Missing);
    }

    private static string? Join(IEnumerable<string?> values)
    {
        var distinct = values.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct.Count == 0 ? null : string.Join("; ", distinct);
    }
}
