namespace SalesOpsAr.Workflow.Assisting;

/// <summary>A Completed AR for the same role: what Sales Ops gave that person, per system ("if questionable, look at other provisioned users of the same title/role").</summary>
public sealed record Precedent(long Iid, string Title, string? WebUrl, IReadOnlyDictionary<string, string> Given)
{
    /// <summary>
    /// What a past AR gave per system: the values its runbook needs as that AR states them, or else Sales Ops' task
    /// lines naming the system. Systems the past AR does not mention are left out.
    /// </summary>
    public static Precedent Of(long iid, string title, string? webUrl, ArRequest past, IEnumerable<Runbook> runbooks)
    {
        ArgumentNullException.ThrowIfNull(past);
        ArgumentNullException.ThrowIfNull(runbooks);
        var given = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var runbook in runbooks)
        {
            var stated = runbook.Needs
                .Select(n => (Need: n, Value: past.ValueFor(runbook.System, n)))
                .Where(v => v.Value.Source == RunbookValueSource.Ar || (v.Value.Source == RunbookValueSource.People && past.Systems.Contains(runbook.System, StringComparer.OrdinalIgnoreCase)))
                .Select(v => $"{v.Need} {v.Value.Value}")
                .ToList();
            if (stated.Count > 0)
            {
                given[runbook.System] = string.Join(", ", stated);
            }
            else if (past.Asks.TryGetValue(runbook.System, out var asks) && asks.Count > 0)
            {
                given[runbook.System] = string.Join("; ", asks);
            }
        }

        return new(iid, title, webUrl, given);
    }

    /// <summary>True when the past AR's people include someone with this role (any case).</summary>
    public static bool SameRole(ArRequest past, string role)
    {
        ArgumentNullException.ThrowIfNull(past);
        return past.People.Any(p => p.Role is { } r && r.Trim().Equals(role.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
