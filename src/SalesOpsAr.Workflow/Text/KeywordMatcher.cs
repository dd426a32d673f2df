using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Workflow.Text;

/// <summary>
/// Tells whether text names a configured sales system: a keyword as a whole word (no letter or digit on
/// either side), in any case. A scan per keyword, linear in the text whatever it holds; no regex.
/// </summary>
public sealed class KeywordMatcher
{
    private readonly string[] _words;

    public KeywordMatcher(IEnumerable<SalesSystem> systems)
    {
        ArgumentNullException.ThrowIfNull(systems);
        _words = systems.SelectMany(s => s.Keywords)
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => k.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    public bool Matches(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var word in _words)
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
