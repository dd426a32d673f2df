using System.Globalization;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Absence;
using SalesOpsAr.Workflow.Labels;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>
/// The daily digest as a notice: ARs by state, load per assignee, who is out of office, and the open ARs due first
/// (by due date, earliest first; those without one after them, oldest first).
/// </summary>
internal static class Digest
{
    public static Notice Notice(
        IReadOnlyList<OpenAr> open, IReadOnlyList<OpenAr> closedUnfinished, IReadOnlyDictionary<string, OutOfOffice> absent, DateOnly day, int oldest, TimeZoneInfo zone)
    {
        var byState = "By state: " + string.Join(" · ", StateLabels.All.Where(s => s != ArState.Completed)
            .Select(s => $"{StateLabels.Name(s)} {open.Count(a => a.State == s)}"));
        var load = open.Where(a => a.State is ArState.InProgress or ArState.OnHold)
            .SelectMany(a => a.TeamAssignees).GroupBy(a => a, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()}").ToList();
        var away = absent.Where(kv => kv.Value.IsOut).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Value.Until is { } u ? $"{kv.Key} until {Day(u, zone)}" : kv.Key)
            .ToList();
        return new Notice
        {
            Kind = NoticeKind.Digest,
            Subject = "Sales Ops AR digest, " + day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
            Paragraphs =
            [
                byState,
                "In progress or on hold per assignee: " + (load.Count == 0 ? "none" : string.Join(" · ", load)),
                "Out of office: " + (away.Count == 0 ? "nobody" : string.Join(", ", away)),
            ],
            Items = [.. open.Where(a => a.State != ArState.Completed)
                .OrderBy(a => a.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.CreatedAt).Take(oldest).Select(a => new NoticeItem
            {
                Group = "Due first",
                Reference = $"#{a.Iid}",
                Title = a.Title,
                Url = a.Url,
                ProjectId = a.ProjectId,
                Iid = a.Iid,
                InProgress = a.State == ArState.InProgress,
                Text = $"{StateLabels.Name(a.State)}, opened {Day(a.CreatedAt, zone)}{Due(a.DueDate, day)}",
            }), .. closedUnfinished.Select(a => new NoticeItem
            {
                Group = "Closed since the last digest before Sales Ops' part was done",
                Reference = $"#{a.Iid}",
                Title = a.Title,
                Url = a.Url,
                Text = $"closed while {StateLabels.Name(a.State)}",
            })],
            Audience = new Audience { TeamChannel = true, TeamInbox = true },
        };
    }

    private static string Due(DateOnly? due, DateOnly today) => due switch
    {
        null => "",
        { } d when d < today => $", overdue since {d.ToString("d MMM", CultureInfo.InvariantCulture)}",
        { } d => $", due {d.ToString("d MMM", CultureInfo.InvariantCulture)}",
    };

    private static string Day(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM", CultureInfo.InvariantCulture);
}
