using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// Reads who an AR is for and what it asks per system, from the text people write in AR templates: <c>Key: value</c>
/// lines (bold or in a list: <c>**Email:** jane@example.com</c>), a Markdown table of people (bulk ARs), lines naming
/// a person by e-mail address, a section per system (<c>#### Chorus</c> with <c>License Type: Full</c> under it), and the
/// usual title <c>Name, System, Role</c>. Which systems it asks for comes from Sales Ops' own tasks
/// (<see cref="SalesOpsTasks"/>). One pass over the lines, string operations only: linear whatever the text holds.
/// </summary>
public sealed class ArRequestReader
{
    private const int MaxColumns = 50;

    /// <summary>The most people one AR is read for: far beyond any bulk onboarding, and a bound on the work a hostile text causes.</summary>
    public const int MaxPeople = 5_000;

    private readonly WorkflowSettings _settings;
    private readonly ArSystems _systems;
    private readonly ArPeople _people;

    /// <summary>Reads ARs for the Sales systems and team the settings name.</summary>
    public ArRequestReader(WorkflowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _systems = new ArSystems(settings);
        _people = new ArPeople(_systems);
    }

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
                var cells = ArLine.Cells(line, header?.Count ?? MaxColumns); // only the columns a header names are read
                if (header is null)
                {
                    header = cells.Any(c => ArPeople.PersonField(c) is not null) && !cells.Any(c => c.Contains('@', StringComparison.Ordinal)) ? cells : null;
                    if (header is null)
                    {
                        ArPeople.AddMentioned(people, line);
                    }
                }
                else if (!cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' ')))
                {
                    ArPeople.AddRow(people, header, cells);
                }

                continue;
            }

            header = null;
            if (line.Length == 0)
            {
                continue;
            }

            if (ArLine.HeadingText(line) is { } heading)
            {
                section = _systems.OneSystemIn(heading);
                continue;
            }

            var body = ArLine.ListItemBody(line, out var isTask);
            if (isTask)
            {
                continue; // tasks tell which systems (below), not values
            }

            if (ArLine.KeyValue(body) is { } pair)
            {
                var (key, value) = pair;
                if (_systems.SystemPrefix(key) is { } prefixed)
                {
                    ArSystems.Set(systemValues, prefixed.System, prefixed.Key, value);
                }
                else if (section is not null)
                {
                    ArSystems.Set(systemValues, section, key, value);
                }
                else if (ArPeople.PersonField(key) is { } field)
                {
                    if (field == "email" && form.Email is not null)
                    {
                        people.AddRange(Emails.In(value).Take(MaxPeople - people.Count).Select(e => new Person { Email = e })); // a second address: another person
                    }
                    else
                    {
                        form = ArPeople.Fill(form, field, value);
                    }
                }
                else
                {
                    values.TryAdd(key, value);
                }

                continue;
            }

            ArPeople.AddMentioned(people, body);
        }

        var asks = _systems.Asks(text);
        return new ArRequest
        {
            People = _people.Combine(form, people, title),
            Systems = [.. _settings.SalesSystems.Select(s => s.Name).Where(s => asks.ContainsKey(s) || systemValues.ContainsKey(s))],
            SystemValues = systemValues.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.OrdinalIgnoreCase),
            Values = values,
            Asks = asks,
            Unreadable = [.. Emails.Unreadable(text).Take(ArRequest.MaxUnreadable)],
        };
    }

    /// <summary>Which of a person's fields a key or column names: name, email, role, team or region; null for none.</summary>
    public static string? PersonField(string key) => ArPeople.PersonField(key);
}
