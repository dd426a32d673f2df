using SalesOpsAr.Workflow.Assisting;

namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>
/// The users the bot would create in Salesforce for an AR: one per person, from the AR reader's people and the
/// operator's mapping, with what is missing or ambiguous said per person. Pure: the org's own answers (a username
/// taken, a user already there, a profile the org does not have) are laid over it by the caller.
/// </summary>
public static class UserPlan
{
    /// <summary>The longest alias Salesforce takes.</summary>
    public const int AliasLength = 8;

    /// <summary>The most people one plan lists: a bulk AR past that is provisioned in parts (its note says so).</summary>
    public const int MaxPeople = 500;

    /// <param name="profileNeeded">False for a system without profiles (a SCIM service): no profile is then no problem.</param>
    public static IReadOnlyList<PlannedUser> Of(ArRequest request, string? profile, ProvisioningMap map, bool profileNeeded = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(map);
        var people = request.People.Take(MaxPeople).ToList();
        var shared = people.Where(p => p.Email is not null).GroupBy(p => p.Email!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. people.Select((p, i) => Plan(p, i, profile, map, shared, profileNeeded))];
    }

    private static PlannedUser Plan(Person person, int index, string? profile, ProvisioningMap map, HashSet<string> shared, bool profileNeeded)
    {
        var problems = new List<string>();
        var (first, last) = Names(person);
        if (person.Email is null)
        {
            problems.Add("no e-mail address in the AR");
        }
        else if (shared.Contains(person.Email))
        {
            problems.Add("another person in the AR has the same e-mail address");
        }

        if (last is null)
        {
            problems.Add("no last name in the AR");
        }

        if (profile is null && profileNeeded)
        {
            problems.Add("no profile named in the AR");
        }

        // Salesforce's field lengths, and characters no name has: what a hostile AR could hand the bot is never sent on.
        if (first is { Length: > MaxFirstName } || last is { Length: > MaxLastName })
        {
            problems.Add($"the name is longer than Salesforce takes ({MaxFirstName} for a first name, {MaxLastName} for a last name)");
        }
        else if (!IsName(first) || !IsName(last))
        {
            problems.Add("the name holds characters no name has (<, >, \\, /, @, \", or control characters)");
        }

        if (person.Email is { Length: > MaxEmail - 8 })
        {
            problems.Add($"the e-mail address is longer than Salesforce takes ({MaxEmail - 8} characters, with room for a username suffix)");
        }

        var (zone, locale) = person.Region is { } region && map.Regions.TryGetValue(region, out var mapped) ? mapped : (map.DefaultTimeZone, map.DefaultLocale);
        return new PlannedUser
        {
            Person = person.Name ?? person.Email ?? $"person {index + 1}",
            Email = person.Email,
            Username = person.Email is { } email ? email + map.UsernameSuffix : null,
            FirstName = first,
            LastName = last,
            Alias = Alias(first, last, person.Email),
            Profile = profile,
            Role = person.Role is { } title && map.Roles.TryGetValue(title, out var role) ? role : null,
            TimeZone = zone,
            Locale = locale,
            Problems = problems,
        };
    }

    /// <summary>Salesforce's <c>FirstName</c> length.</summary>
    public const int MaxFirstName = 40;

    /// <summary>Salesforce's <c>LastName</c> length.</summary>
    public const int MaxLastName = 80;

    /// <summary>Salesforce's <c>Email</c> and <c>Username</c> length.</summary>
    public const int MaxEmail = 80;

    private static bool IsName(string? name) =>
        name is null || !name.Any(c => char.IsControl(c) || c is '<' or '>' or '\\' or '/' or '@' or '"' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);

    // "Jane Q. Doe" → ("Jane Q.", "Doe"); one word → last name only; none: the address's local part as the last name.
    private static (string? First, string? Last) Names(Person person)
    {
        var words = (person.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 when person.Email is { } email => (null, email[..email.IndexOf('@', StringComparison.Ordinal)]),
            0 => (null, null),
            1 => (null, words[0]),
            _ => (string.Join(' ', words[..^1]), words[^1]),
        };
    }

    /// <summary>Salesforce's habit: the first name's initial and the last name, ASCII letters and digits, lower case, at most 8.</summary>
    public static string? Alias(string? first, string? last, string? email)
    {
        var source = (first is { Length: > 0 } ? first[..1] : "") + (last ?? email ?? "");
        var alias = new string([.. source.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).Take(AliasLength)]);
        return alias.Length == 0 ? null : alias;
    }
}
