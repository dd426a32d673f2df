using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// Who an AR is for: people from a table's rows, from lines naming them by address, from the <c>Key: value</c> form, and
/// from the usual title <c>Name, System, Role</c>; at most <see cref="ArRequestReader.MaxPeople"/>.
/// </summary>
internal sealed class ArPeople(ArSystems systems)
{
    public static void AddRow(List<Person> people, List<string> header, List<string> cells)
    {
        var person = new Person();
        for (var i = 0; i < Math.Min(header.Count, cells.Count); i++)
        {
            if (PersonField(header[i]) is { } field && cells[i].Length > 0)
            {
                person = Fill(person, field, cells[i]);
            }
        }

        if (!person.IsEmpty && people.Count < ArRequestReader.MaxPeople)
        {
            people.Add(person);
        }
    }

    // A line that names people by address ("- Jane Doe <jane@example.com>"): one person per address.
    public static void AddMentioned(List<Person> people, string line)
    {
        var from = 0;
        foreach (var (email, start, end) in Emails.Find(line).Take(ArRequestReader.MaxPeople - people.Count))
        {
            var before = line[from..start]; // where the finder found it: no search again (aa.@e.co reads as aa@e.co)
            from = end;
            var name = before.Trim(' ', '-', '*', '+', '<', '>', '(', ')', '[', ']', ',', ';', ':', '|', '"', '\'').Replace("mailto", "", StringComparison.OrdinalIgnoreCase).Trim();
            people.Add(new Person { Email = email, Name = ArLine.LooksLikeName(name) ? name : null });
        }
    }

    public static Person Fill(Person person, string field, string value) => field switch
    {
        "name" => person with { Name = person.Name ?? value },
        "email" => person with { Email = person.Email ?? Emails.In(value).FirstOrDefault() },
        "role" => person with { Role = person.Role ?? value },
        "team" => person with { Team = person.Team ?? value },
        "region" => person with { Region = person.Region ?? value },
        _ => person,
    };

    /// <summary>Which of a person's fields a key or column names: name, email, role, team or region; null for none.</summary>
    public static string? PersonField(string key) => ArLine.Normalize(key) switch
    {
        "name" or "full name" or "new hire" or "new team member" or "employee" or "user" or "team member" => "name",
        "email" or "e-mail" or "email address" or "e-mail address" or "work email" or "gitlab email" => "email",
        "title" or "job title" or "role" or "job role" or "position" => "role",
        "team" or "sales team" or "segment" => "team",
        "region" or "territory" or "geo" => "region",
        _ => null,
    };


    // The form's person, the people listed, and the title's name and role when the AR is about one person.
    public List<Person> Combine(Person form, List<Person> listed, string? title)
    {
        var people = new List<Person>();
        var byEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // a bulk AR may list thousands
        foreach (var person in listed)
        {
            // The same person listed twice (a name and the address, then the address alone) is one; two names with
            // one address are two people, kept both, so that neither is dropped unsaid (provisioning says the clash).
            if (person.Email is not null && byEmail.TryGetValue(person.Email, out var same)
                && (person.Name is null || people[same].Name is null || string.Equals(person.Name, people[same].Name, StringComparison.OrdinalIgnoreCase)))
            {
                people[same] = people[same].Merge(person);
                continue;
            }

            if (person.Email is not null)
            {
                byEmail.TryAdd(person.Email, people.Count);
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
        if (person.Name is null && ArLine.LooksLikeName(name) && systems.OneSystemIn(name) is null)
        {
            person = person with { Name = name };
        }

        if (person.Role is null && parts.Length >= 3 && systems.OneSystemIn(parts[^1]) is null && parts[^1].Length <= ArLine.MaxValueLength)
        {
            person = person with { Role = parts[^1] };
        }

        return person.IsEmpty ? people : [person];
    }
}
