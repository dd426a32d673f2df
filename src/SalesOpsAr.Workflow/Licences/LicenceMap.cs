namespace SalesOpsAr.Workflow.Licences;

/// <summary>
/// Which seats an AR's people take: the user licence of the profile asked for (Salesforce's own <c>Profile</c> →
/// <c>UserLicense</c>), else <paramref name="DefaultLicence"/>; plus a permission-set licence for each add-on word the
/// AR's Salesforce lines hold (<c>CPQ</c> → <c>SalesforceCPQ_CPQStandardPerm</c>), as the operator maps them.
/// </summary>
public sealed record LicenceMap(string DefaultLicence, IReadOnlyDictionary<string, string> ProfileLicences, IReadOnlyDictionary<string, string> AddOns)
{
    /// <summary>The user licence a person on this AR takes.</summary>
    public string LicenceFor(string? profile) =>
        profile is not null && ProfileLicences.TryGetValue(profile, out var licence) && !string.IsNullOrWhiteSpace(licence) ? licence : DefaultLicence;

    /// <summary>The add-ons (permission-set licences) the lines ask for: a configured word standing as a word in a line.</summary>
    public IReadOnlyList<string> AddOnsIn(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var all = lines.ToList();
        return [.. AddOns.Where(a => all.Any(l => HasWord(l, a.Key))).Select(a => a.Value).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    // The word at a boundary on each side (not a letter or digit), any case: "CPQ" in "Salesforce: CPQ licence", not in "CPQX".
    private static bool HasWord(string line, string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        for (var at = line.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(line[at - 1])) && (end == line.Length || !char.IsLetterOrDigit(line[end])))
            {
                return true;
            }
        }

        return false;
    }
}
