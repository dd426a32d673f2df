using System.Globalization;
using System.Net;
using System.Text;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Notifying;

/// <summary>How nudges read in a digest: grouped by flag, each AR with its link and the reason.</summary>
internal static class NudgeText
{
    public static string Heading(FlagKind flag, bool escalation) => escalation ? "Escalated to the DRIs" : flag switch
    {
        FlagKind.Unassigned => "Unassigned",
        FlagKind.AssigneeOutOfOffice => "Assignee out of office",
        FlagKind.Stale => "No activity",
        _ => "On hold, please review",
    };

    public static IEnumerable<IGrouping<string, NudgeItem>> Grouped(IEnumerable<NudgeItem> items) =>
        items.OrderBy(i => i.Escalation).ThenBy(i => i.Flag).ThenBy(i => i.Iid).GroupBy(i => Heading(i.Flag, i.Escalation));

    public static string Plain(IReadOnlyList<NudgeItem> items)
    {
        var text = new StringBuilder($"{items.Count} Sales Ops access request(s) need attention.\n");
        foreach (var group in Grouped(items))
        {
            text.Append('\n').Append(group.Key).Append('\n');
            foreach (var item in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"- #{item.Iid} {item.Title}: {Unmention(item.Sentence)}\n  {item.Url}\n");
            }
        }

        return text.ToString();
    }

    public static string Html(IReadOnlyList<NudgeItem> items)
    {
        var html = new StringBuilder($"<p>{items.Count} Sales Ops access request(s) need attention.</p>");
        foreach (var group in Grouped(items))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{WebUtility.HtmlEncode(group.Key)}</h3><ul>");
            foreach (var item in group)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{WebUtility.HtmlEncode(item.Url)}\">#{item.Iid} {WebUtility.HtmlEncode(item.Title)}</a>: {WebUtility.HtmlEncode(Unmention(item.Sentence))}</li>");
            }

            html.Append("</ul>");
        }

        return html.ToString();
    }

    /// <summary>Mentions mean nothing outside GitLab; keep the names, drop the @.</summary>
    public static string Unmention(string sentence) => sentence.Replace("@", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
}
