using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>Nudges as a notice: one item per nudge, grouped by flag, escalations last.</summary>
internal static class NudgeNotice
{
    public static Notice Of(IReadOnlyList<NoticeItem> items) => new()
    {
        Kind = NoticeKind.Nudges,
        Subject = items.Count == 1
            ? $"Sales Ops AR {items[0].Reference} needs attention: {items[0].Group}"
            : $"{items.Count} Sales Ops ARs need attention",
        Items = items,
        Audience = new Audience { TeamChannel = true },
        Rebuild = Of,
    };

    public static NoticeItem Item(ArRef ar, FlagKind flag, bool escalation, string sentence, Audience audience, bool inProgress = false) => new()
    {
        Group = Heading(flag, escalation),
        Reference = $"#{ar.Iid}",
        Title = ar.Title,
        Url = ar.Url,
        ProjectId = ar.ProjectId,
        Iid = ar.Iid,
        InProgress = inProgress,
        Text = Unmention(sentence),
        Audience = audience,
    };

    public static string Heading(FlagKind flag, bool escalation) => escalation ? "Escalated to the DRIs" : flag switch
    {
        FlagKind.Unassigned => "Unassigned",
        FlagKind.AssigneeOutOfOffice => "Assignee out of office",
        FlagKind.Stale => "No activity",
        FlagKind.Overdue => "Past its due date",
        _ => "On hold, please review",
    };

    /// <summary>Mentions mean nothing outside GitLab; keep the names, drop the @ and the backticks.</summary>
    public static string Unmention(string sentence) => sentence.Replace("@", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
}
