using System.Globalization;
using System.Text;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Sweeping;

/// <summary>The daily digest's text: ARs by state, the oldest ones, load per assignee, who is out of office.</summary>
internal static class Digest
{
    public static string Render(IReadOnlyList<OpenAr> open, IReadOnlyDictionary<string, OutOfOffice> absent, DateOnly day, int oldest, TimeZoneInfo zone)
    {
        var text = new StringBuilder("Sales Ops AR digest, ").Append(day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        text.Append("By state: ").AppendJoin(" · ", StateLabels.All.Where(s => s != ArState.Completed)
            .Select(s => $"{StateLabels.Name(s)} {open.Count(a => a.State == s)}")).Append('\n');

        text.Append("\nOldest open:\n");
        foreach (var ar in open.Where(a => a.State != ArState.Completed).OrderBy(a => a.CreatedAt).Take(oldest))
        {
            var opened = TimeZoneInfo.ConvertTime(ar.CreatedAt, zone).ToString("d MMM", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"- #{ar.Iid} {ar.Title} ({StateLabels.Name(ar.State)}, opened {opened}) {ar.Url}\n");
        }

        var load = open.Where(a => a.State is ArState.InProgress or ArState.OnHold)
            .SelectMany(a => a.TeamAssignees).GroupBy(a => a, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}").ToList();
        text.Append("\nIn progress or on hold per assignee: ").Append(load.Count == 0 ? "none" : string.Join(" · ", load)).Append('\n');

        var away = absent.Where(kv => kv.Value.IsOut).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Value.Until is { } u ? $"{kv.Key} until {TimeZoneInfo.ConvertTime(u, zone).ToString("d MMM", CultureInfo.InvariantCulture)}" : kv.Key)
            .ToList();
        text.Append("Out of office: ").Append(away.Count == 0 ? "nobody" : string.Join(", ", away)).Append('\n');
        return text.ToString();
    }
}
