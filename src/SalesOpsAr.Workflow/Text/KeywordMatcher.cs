using System.Text.RegularExpressions;
using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Workflow.Text;

/// <summary>Tells whether text names a configured sales system (whole words, any case).</summary>
public sealed class KeywordMatcher
{
    private readonly Regex? _pattern;

    public KeywordMatcher(IEnumerable<SalesSystem> systems)
    {
        var words = systems.SelectMany(s => s.Keywords)
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => Regex.Escape(k.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (words.Count > 0)
        {
            _pattern = new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', words)})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
                TimeSpan.FromSeconds(1));
        }
    }

    public bool Matches(string? text) => _pattern is not null && !string.IsNullOrEmpty(text) && _pattern.IsMatch(text);
}
