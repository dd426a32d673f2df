using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Tasks;
using SalesOpsAr.Workflow.Text;

namespace SalesOpsAr.Workflow.Assisting;

/// <summary>
/// What an AR asks of each Sales system: Sales Ops' own tasks by the system they name (in their text or a heading above
/// them), the system a heading or a <c>Chorus License Type:</c> key is about, and the values given per system.
/// </summary>
internal sealed class ArSystems(WorkflowSettings settings)
{
    private readonly SalesOpsTasks _tasks = new(settings);
    private readonly (SalesSystem System, KeywordMatcher Matcher)[] _systems =
        [.. settings.SalesSystems.Select(s => (s, new KeywordMatcher([s])))];

    // Sales Ops' tasks by the system they name, in their text or in a heading above them (#### Chorus).
    public Dictionary<string, IReadOnlyList<string>> Asks(string text)
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
                (asks.TryGetValue(system, out var list) ? list : asks[system] = []).Add(ArLine.Clip(item.Text));
            }
        }

        return asks.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The one system a text names; null for none or several.</summary>
    public string? OneSystemIn(string text)
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
    public (string System, string Key)? SystemPrefix(string key)
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

    public static void Set(Dictionary<string, Dictionary<string, string>> systemValues, string system, string key, string value)
    {
        if (!systemValues.TryGetValue(system, out var own))
        {
            systemValues[system] = own = new(StringComparer.OrdinalIgnoreCase);
        }

        own.TryAdd(key, value);
    }
}
