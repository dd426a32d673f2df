namespace SalesOpsAr.Workflow.Assisting;

/// <summary>What is wrong with a set of runbooks, in words an operator can act on (one sentence per problem).</summary>
public static class RunbookChecks
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<Runbook> runbooks, IEnumerable<string> systems)
    {
        ArgumentNullException.ThrowIfNull(runbooks);
        var known = systems.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < runbooks.Count; i++)
        {
            var runbook = runbooks[i];
            var where = $"runbook {i + 1} ({runbook.System})";
            if (string.IsNullOrWhiteSpace(runbook.System))
            {
                problems.Add($"runbook {i + 1} must name its system.");
                continue;
            }

            if (!known.Contains(runbook.System))
            {
                problems.Add($"{where}: '{runbook.System}' is not one of the sales systems ({string.Join(", ", known)}); add it to Workflow:SalesSystems or fix the name.");
            }

            if (!seen.Add(runbook.System))
            {
                problems.Add($"{where}: a second runbook for the same system.");
            }

            if (runbook.Needs.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"{where}: needs must not hold an empty name.");
            }

            var named = runbook.Needs.Concat(runbook.Defaults.Keys).Append("emails").Append("names").ToHashSet(StringComparer.OrdinalIgnoreCase);
            for (var s = 0; s < runbook.Steps.Count; s++)
            {
                if (string.IsNullOrWhiteSpace(runbook.Steps[s]))
                {
                    problems.Add($"{where}, step {s + 1}: empty.");
                    continue;
                }

                foreach (var placeholder in Placeholders(runbook.Steps[s]).Where(p => !named.Contains(p)))
                {
                    problems.Add($"{where}, step {s + 1}: {{{placeholder}}} is neither {{emails}}, {{names}} nor a value under needs or defaults.");
                }
            }
        }

        return problems;
    }

    private static IEnumerable<string> Placeholders(string step)
    {
        for (var open = step.IndexOf('{'); open >= 0; open = step.IndexOf('{', open + 1))
        {
            var close = step.IndexOf('}', open + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return step[(open + 1)..close].Trim();
        }
    }
}
