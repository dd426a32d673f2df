using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Assistant;

/// <summary>
/// Reads who an AR is for and what it asks per system, from the text people write in AR templates: <c>Key: value</c>
/// lines (bold or in a list: <c>**Email:** jane@example.com</c>), a Markdown table of people (bulk ARs), lines naming
/// a person by e-mail address, a section per system (<c>#### Chorus</c> with <c>License Type: Full</c> under it), and the
/// usual title <c>Name, System, Role</c>. Which systems it asks for comes from Sales Ops' own tasks
/// (<see cref="SalesOpsTasks"/>). One pass over the lines, string operations only: linear whatever the text holds.
/// </summary>
public sealed class ArRequestReader(WorkflowSettings settings)
{
    private const int MaxKeyLength = 40;
    private const int MaxValueLength = 200;
    private const int MaxColumns = 50;

    /// <summary>The most people one AR is read for: far beyond any bulk onboarding, and a bound on the work a hostile text causes.</summary>
    public const int MaxPeople = 5_000;

    private readonly SalesOpsTasks _tasks = new(settings);
    private readonly (SalesSystem System, KeywordMatcher Matcher)[] _systems =
        [.. settings.SalesSystems.Select(s => (s, new KeywordMatcher([s])))];

    public ArRequest Read(string? description, string? title)
    {
        if (!TaskListParser.CanParse(description))
        {
            return ArRequest.Empty;
        }

        var text = description ?? "";
        var systemValues = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var people = new List<Person>();
        var form = new Person(); // the Key: value lines about one person (or about everyone, in a bulk AR)
        string? section = null;
        List<string>? header = null;

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('|'))
            {
                var cells = Cells(line, header?.Count ?? MaxColumns); // only the columns a header names are read
                if (header is null)
                {
                    header = cells.Any(c => PersonField(c) is not null) && !cells.Any(c => c.Contains('@', StringComparison.Ordinal)) ? cells : null;
                    if (header is null)
                    {
                        AddMentioned(people, line);
                    }
                }
                else if (!cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' ')))
                {
                    AddRow(people, header, cells);
                }

                continue;
            }

            header = null;
            if (line.Length == 0)
            {
                continue;
            }

            if (HeadingText(line) is { } heading)
            {
                section = OneSystemIn(heading);
                continue;
            }

            var body = ListItemBody(line, out var isTask);
            if (isTask)
            {
                continue; // tasks tell which systems (below), not values
            }

            if (KeyValue(body) is { } pair)
            {
                var (key, value) = pair;
                if (SystemPrefix(key) is { } prefixed)
                {
                    Set(systemValues, prefixed.System, prefixed.Key, value);
                }
                else if (section is not null)
                {
                    Set(systemValues, section, key, value);
                }
                else if (PersonField(key) is { } field)
                {
                    if (field == "email" && form.Email is not null)
                    {
                        people.AddRange(Emails.In(value).Take(MaxPeople - people.Count).Select(e => new Person { Email = e })); // a second address: another person
                    }
                    else
                    {
                        form = Fill(form, field, value);
                    }
                }
                else
                {
                    values.TryAdd(key, value);
                }

                continue;
            }

            AddMentioned(people, body);
        }

        var asks = Asks(text);
        return new ArRequest
        {
            People = Combine(form, people, title),
            Systems = [.. settings.SalesSystems.Select(s => s.Name).Where(s => asks.ContainsKey(s) || systemValues.ContainsKey(s))],
            SystemValues = systemValues.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.OrdinalIgnoreCase),
            Values = values,
            Asks = asks,
        };
    }

    // The form's person, the people listed, and the title's name and role when the AR is about one person.
    private List<Person> Combine(Person form, List<Person> listed, string? title)
    {
        var people = new List<Person>();
        var byEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // a bulk AR may list thousands
        foreach (var person in listed)
        {
            if (person.Email is not null && byEmail.TryGetValue(person.Email, out var same))
            {
                people[same] = people[same].Merge(person);
                continue;
            }

            if (person.Email is not null)
            {
                byEmail[person.Email] = people.Count;
            }

            people.Add(person);
        }

        var aboutEveryone = form with { Name = null, Email = null };
        if (form.Email is not null || form.Name is not null)
        {
            if (form.Email is not null && byEmail.TryGetValue(form.Email, out var same))
            {
                people[same] = form.Merge(people[same]);
            }
            else if (people.Count == 1 && (form.Email is null || people[0].Email is null))
            {
                people[0] = form.Merge(people[0]);
            }
            else
            {
                people.Insert(0, form);
            }
        }

        if (!aboutEveryone.IsEmpty)
        {
            people = people.Count == 0 ? [aboutEveryone] : [.. people.Select(p => p.Merge(aboutEveryone))];
        }

        return people.Count <= 1 ? FromTitle(people, title) : people;
    }

    // "Jane Doe, Salesforce, Account Executive": the name first, the role last, systems between.
    private List<Person> FromTitle(List<Person> people, string? title)
    {
        var parts = (title ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return people;
        }

        var person = people.Count == 1 ? people[0] : new Person();
        var name = parts[0];
        if (person.Name is null && LooksLikeName(name) && OneSystemIn(name) is null)
        {
            person = person with { Name = name };
        }

        if (person.Role is null && parts.Length >= 3 && OneSystemIn(parts[^1]) is null && parts[^1].Length <= MaxValueLength)
        {
            person = person with { Role = parts[^1] };
        }

        return person.IsEmpty ? people : [person];
    }

    // Sales Ops' tasks by the system they name, in their text or in a heading above them (#### Chorus).
    private Dictionary<string, IReadOnlyList<string>> Asks(string text)
    {
        var asks = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in TaskListParser.Parse(text).Items.Where(i => _tasks.OwnerOf(i) == TaskOwner.SalesOps))
        {
            var named = _systems.Where(s => s.Matcher.Matches(item.Text)).Select(s => s.System.Name).ToList();
            if (named.Count == 0 && item.Sections.Reverse().Select(h => OneSystemIn(h.Text)).FirstOrDefault(s => s is not null) is { } section)
            {
                named.Add(section);
            }

            foreach (var system in named)
            {
                (asks.TryGetValue(system, out var list) ? list : asks[system] = []).Add(Clip(item.Text));
            }
        }

        return asks.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.OrdinalIgnoreCase);
    }

    private string? OneSystemIn(string text)
    {
        string? found = null;
        foreach (var (system, matcher) in _systems)
        {
            if (matcher.Matches(text))
            {
                if (found is not null)
                {
                    return null;
                }

                found = system.Name;
            }
        }

        return found;
    }

    // "Chorus License Type" → (Chorus, License Type).
    private (string System, string Key)? SystemPrefix(string key)
    {
        foreach (var (system, _) in _systems)
        {
            foreach (var word in system.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)))
            {
                if (key.Length > word.Length + 1 && key.StartsWith(word, StringComparison.OrdinalIgnoreCase) && key[word.Length] == ' ')
                {
                    return (system.Name, key[(word.Length + 1)..].Trim());
                }
            }
        }

        return null;
    }

    private static void Set(Dictionary<string, Dictionary<string, string>> systemValues, string system, string key, string value)
    {
        if (!systemValues.TryGetValue(system, out var own))
        {
            systemValues[system] = own = new(StringComparer.OrdinalIgnoreCase);
        }

        own.TryAdd(key, value);
    }

    private static void AddRow(List<Person> people, List<string> header, List<string> cells)
    {
        var person = new Person();
        for (var i = 0; i < Math.Min(header.Count, cells.Count); i++)
        {
            if (PersonField(header[i]) is { } field && cells[i].Length > 0)
            {
                person = Fill(person, field, cells[i]);
            }
        }

        if (!person.IsEmpty && people.Count < MaxPeople)
        {
            people.Add(person);
        }
    }

    // A line that names people by address ("- Jane Doe <jane@example.com>"): one person per address.
    private static void AddMentioned(List<Person> people, string line)
    {
        var from = 0;
        foreach (var email in Emails.In(line).Take(MaxPeople - people.Count))
        {
            var at = line.IndexOf(email, from, StringComparison.OrdinalIgnoreCase);
            var before = at < 0 ? "" : line[from..at];
            from = at < 0 ? from : at + email.Length;
            var name = before.Trim(' ', '-', '*', '+', '<', '>', '(', ')', '[', ']', ',', ';', ':', '|', '"', '\'').Replace("mailto", "", StringComparison.OrdinalIgnoreCase).Trim();
            people.Add(new Person { Email = email, Name = LooksLikeName(name) ? name : null });
        }
    }

    private static Person Fill(Person person, string field, string value) => field switch
    {
        "name" => person with { Name = person.Name ?? value },
        "email" => person with { Email = person.Email ?? Emails.In(value).FirstOrDefault() },
        "role" => person with { Role = person.Role ?? value },
        "team" => person with { Team = person.Team ?? value },
        "region" => person with { Region = person.Region ?? value },
        _ => person,
    };

    /// <summary>Which of a person's fields a key or column names: name, email, role, team or region; null for none.</summary>
    public static string? PersonField(string key) => Normalize(key) switch
    {
        "name" or "full name" or "new hire" or "new team member" or "employee" or "user" or "team member" => "name",
        "email" or "e-mail" or "email address" or "e-mail address" or "work email" or "gitlab email" => "email",
        "title" or "job title" or "role" or "job role" or "position" => "role",
        "team" or "sales team" or "segment" => "team",
        "region" or "territory" or "geo" => "region",
        _ => null,
    };

    private static string Normalize(string key) => key.Trim().Trim('*', '_', '`', ':').Trim().ToLowerInvariant();

    // "# Title", "**Sales Ops to-do:**", "Chorus:" alone: the heading's text; null for other lines.
    private static string? HeadingText(string line)
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
    private static string ListItemBody(string line, out bool isTask)
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
    private static (string Key, string Value)? KeyValue(string body)
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

    private static List<string> Cells(string line, int count)
    {
        var inner = line.Trim().Trim('|');
        return [.. inner.Split('|', count + 1).Take(count).Select(c => Clip(c.Trim().Trim('*', '_').Trim()))];
    }

    private static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && text.Length <= 80
            && words.All(w => char.IsLetter(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '\'' or '-'));
    }

    private static string Clip(string value) => value.Length <= MaxValueLength ? value : value[..MaxValueLength] + "…";
}
