using System.Globalization;
using System.Net;
using System.Text;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Sweeping;

namespace SalesOpsAr.Worker.Features.Status;

/// <summary>
/// The status page as one server-rendered HTML document: a small stylesheet, no script. Every text from GitLab is
/// HTML-encoded; with titles hidden, cards show their number, age, assignees (team members), due date and flags.
/// </summary>
internal static class StatusPage
{
    private const string Style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1f1f1f;background:#fafafa}
        h1{font-size:1.4rem;margin:0 0 .2rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
        .muted{color:#666}.board{display:grid;grid-template-columns:repeat(4,minmax(12rem,1fr));gap:.8rem}
        .column{background:#eee;border-radius:6px;padding:.6rem}.column h3{margin:0 0 .5rem;font-size:1rem}
        .card{background:#fff;border-radius:4px;padding:.5rem;margin:.4rem 0;box-shadow:0 1px 2px #0002}
        .card a{color:#1f75cb;text-decoration:none;font-weight:600}.reason{font-size:.85rem;margin:.6rem 0 .2rem}
        .flag{display:inline-block;border-radius:3px;padding:0 .3rem;margin:.2rem .2rem 0 0;font-size:.8rem;background:#fdd;color:#900}
        table{border-collapse:collapse}td,th{padding:.2rem .8rem .2rem 0;text-align:left}
        """;

    public static string Render(StatusSnapshot? snapshot, bool showTitles, DateTimeOffset now, TimeZoneInfo zone, string version, LicenceSeats? licences = null)
    {
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>Sales Ops ARs</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>Sales Ops access requests</h1>");
        if (snapshot is null)
        {
            html.Append("<p class=\"muted\">No sweep has finished in this process yet: the board appears after the first one (<code>Sweep__Interval</code>).</p>");
            Health(html, null, now, zone, version);
            return html.Append("</body></html>").ToString();
        }

        html.Append("<p class=\"muted\">As of the sweep at ").Append(Time(snapshot.SweptAt, zone)).Append(" (")
            .Append(Ago(now - snapshot.SweptAt)).Append(" ago)").Append(snapshot.DryRun ? ", dry-run" : "").Append(". ")
            .Append(snapshot.Cards.Count).Append(" open ARs.</p>");

        html.Append("<h2>Board</h2><div class=\"board\">");
        Column(html, "Action Needed", snapshot.Cards.Where(c => c.State == ArState.ActionNeeded), showTitles);
        Column(html, "In Progress", snapshot.Cards.Where(c => c.State == ArState.InProgress), showTitles);
        Column(html, "On Hold", snapshot.Cards.Where(c => c.State == ArState.OnHold), showTitles, byReason: true);
        Column(html, "Completed, still open", snapshot.Cards.Where(c => c.State == ArState.Completed), showTitles);
        html.Append("</div>");

        html.Append("<h2>Load</h2>");
        if (snapshot.Load.Count == 0)
        {
            html.Append("<p class=\"muted\">Nobody from the team is assigned an open AR.</p>");
        }
        else
        {
            html.Append("<table><tr><th>Team member</th><th>Open ARs</th><th>Out of office</th></tr>");
            foreach (var member in snapshot.Load)
            {
                html.Append("<tr><td>").Append(Encode(member.Username)).Append("</td><td>").Append(member.OpenArs).Append("</td><td>")
                    .Append(member.OutOfOffice ? "yes" + (member.Until is { } until ? " until " + Encode(Day(until, zone)) : ", no return date set") : "no").Append("</td></tr>");
            }

            html.Append("</table>");
        }

        Licences(html, licences, showTitles, now, zone);
        Health(html, snapshot, now, zone, version, licences);
        return html.Append("</body></html>").ToString();
    }

    // The Salesforce seats the last sweep read (#23); no panel when the connector is off.
    private static void Licences(StringBuilder html, LicenceSeats? licences, bool showTitles, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (licences is null)
        {
            return;
        }

        html.Append("<h2>Licences</h2>");
        if (licences.ReadAt is { } read)
        {
            html.Append("<p class=\"muted\">Salesforce's seats, read at ").Append(Time(read, zone)).Append(" (").Append(Ago(now - read)).Append(" ago).</p>")
                .Append("<table><tr><th>Licence</th><th>Total</th><th>Used</th><th>Free</th><th>ARs waiting</th><th>Idle (")
                .Append(licences.IdleDays).Append(" days)</th></tr>");
            foreach (var seat in licences.Seats)
            {
                html.Append("<tr><td>").Append(Encode(seat.Licence)).Append(seat.AddOn ? " <span class=\"muted\">(add-on)</span>" : "").Append("</td>");
                if (seat.Sane)
                {
                    html.Append("<td>").Append(seat.Total).Append("</td><td>").Append(seat.Used).Append("</td><td>").Append(seat.Free).Append("</td>");
                }
                else
                {
                    html.Append("<td colspan=\"3\">counts that make no sense (").Append(seat.Used).Append(" used of ").Append(seat.Total).Append("): nothing is decided on them</td>");
                }

                var waiting = licences.Waiting.Where(w => w.Needs.Any(n => n.Seats > 0 && string.Equals(n.Licence, seat.Licence, StringComparison.OrdinalIgnoreCase))).ToList();
                html.Append("<td>").Append(waiting.Count == 0 ? "0" : $"{waiting.Count} (oldest since {Encode(Day(waiting.Min(w => w.HeldSince), zone))})").Append("</td><td>")
                    .Append(licences.Idle.TryGetValue(seat.Licence, out var idle) ? idle : 0).Append("</td></tr>");
            }

            html.Append("</table>");
            WaitingLine(html, licences, showTitles, zone);
            IdleUsers(html, licences, showTitles, zone);
        }
        else
        {
            html.Append("<p class=\"muted\">No seats read from Salesforce yet.</p>");
        }

        if (licences.Problem is { } problem)
        {
            html.Append("<p><span class=\"flag\">Salesforce</span> the last read failed: ").Append(Encode(problem)).Append("</p>");
        }

        if (licences.Budget is { } budget)
        {
            html.Append("<p class=\"muted\">Salesforce API: ").Append(Encode(budget)).Append(".</p>");
        }
    }

    // The ARs on the SFDC-licence hold, in the order they are served.
    private static void WaitingLine(StringBuilder html, LicenceSeats licences, bool showTitles, TimeZoneInfo zone)
    {
        if (licences.Waiting.Count == 0)
        {
            html.Append("<p class=\"muted\">No AR waits for a seat.</p>");
            return;
        }

        html.Append("<h3>Waiting for a seat, first come, first served</h3><table><tr><th>#</th><th>AR</th><th>Held since</th><th>Needs</th></tr>");
        foreach (var ar in licences.Waiting)
        {
            html.Append("<tr><td>").Append(ar.Position).Append("</td><td>");
            var text = showTitles ? $"#{ar.Iid} {ar.Title}" : $"#{ar.Iid}";
            if (ar.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https")
            {
                html.Append("<a href=\"").Append(Encode(link.AbsoluteUri)).Append("\">").Append(Encode(text)).Append("</a>");
            }
            else
            {
                html.Append(Encode(text));
            }

            html.Append(ar.BotMayRelease ? "" : " <span class=\"muted\">(a person's hold: the bot does not release it)</span>")
                .Append("</td><td>").Append(Encode(Day(ar.HeldSince, zone))).Append("</td><td>")
                .Append(Encode(string.Join(", ", ar.Needs.Where(n => n.Seats > 0).Select(n => $"{n.Seats} {n.Licence}")))).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    // The longest-idle active users: names only where titles are shown (the page's own rule for people's details).
    private static void IdleUsers(StringBuilder html, LicenceSeats licences, bool showTitles, TimeZoneInfo zone)
    {
        var total = licences.Idle.Values.Sum();
        if (total == 0)
        {
            return;
        }

        html.Append("<h3>Idle seats</h3><p class=\"muted\">").Append(total).Append(" active users have not logged in for ").Append(licences.IdleDays)
            .Append(" days (or never). Nothing is deactivated by the bot; a Salesforce admin decides.</p>");
        if (!showTitles || licences.IdleUsers.Count == 0)
        {
            return;
        }

        html.Append("<table><tr><th>Name</th><th>Username</th><th>Licence</th><th>Last login</th></tr>");
        foreach (var user in licences.IdleUsers)
        {
            html.Append("<tr><td>").Append(Encode(user.Name)).Append("</td><td>").Append(Encode(user.Username)).Append("</td><td>").Append(Encode(user.Licence ?? ""))
                .Append("</td><td>").Append(user.LastLogin is { } at ? Encode(Day(at, zone) + " " + at.Year.ToString(CultureInfo.InvariantCulture)) : "never").Append("</td></tr>");
        }

        html.Append("</table>");
        if (licences.IdleUsers.Count < total)
        {
            html.Append("<p class=\"muted\">The ").Append(licences.IdleUsers.Count).Append(" longest idle are listed.</p>");
        }
    }

    private static void Column(StringBuilder html, string name, IEnumerable<StatusCard> cards, bool showTitles, bool byReason = false)
    {
        var list = cards.OrderByDescending(c => c.AgeBusinessDays).ToList();
        html.Append("<section class=\"column\"><h3>").Append(name).Append(" <span class=\"muted\">(").Append(list.Count).Append(")</span></h3>");
        foreach (var group in byReason ? list.GroupBy(c => c.HoldReason ?? "no reason given") : list.GroupBy(_ => ""))
        {
            if (byReason)
            {
                html.Append("<div class=\"reason\">").Append(Encode(group.Key)).Append(" (").Append(group.Count()).Append(")</div>");
            }

            foreach (var card in group)
            {
                Card(html, card, showTitles);
            }
        }

        html.Append("</section>");
    }

    private static void Card(StringBuilder html, StatusCard card, bool showTitles)
    {
        html.Append("<div class=\"card\">");
        var label = showTitles ? $"#{card.Iid} {card.Title}" : $"#{card.Iid}";
        if (card.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            html.Append("<a href=\"").Append(Encode(uri.AbsoluteUri)).Append("\">").Append(Encode(label)).Append("</a>");
        }
        else
        {
            html.Append(Encode(label));
        }

        html.Append("<div class=\"muted\">").Append(BusinessCalendar.InWords(card.AgeBusinessDays)).Append(" old");
        if (card.Assignees.Count > 0)
        {
            html.Append(" · ").Append(Encode(string.Join(", ", card.Assignees)));
        }

        if (card.DueDate is { } due)
        {
            html.Append(" · due ").Append(due.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        }

        html.Append("</div>");
        foreach (var flag in card.Flags)
        {
            html.Append("<span class=\"flag\">").Append(FlagName(flag)).Append("</span>");
        }

        html.Append("</div>");
    }

    private static void Health(StringBuilder html, StatusSnapshot? snapshot, DateTimeOffset now, TimeZoneInfo zone, string version, LicenceSeats? licences = null)
    {
        html.Append("<h2>Health</h2><table>");
        if (snapshot is not null)
        {
            Row(html, "Last sweep", $"{Time(snapshot.SweptAt, zone)}, {snapshot.SweepDuration.TotalSeconds:0.0} s, {snapshot.GitLabCalls} GitLab calls (budget {snapshot.CallsPerMinute}/min){(snapshot.Failures > 0 ? $", {snapshot.Failures} ARs failed" : "")}");
            Row(html, "GitLab webhook", snapshot.Webhook);
            Row(html, "Queues", snapshot.Queues.Count == 0 ? "in memory (no broker)" : string.Join(" · ", snapshot.Queues.Select(q => $"{q.Key} {q.Value?.ToString(CultureInfo.InvariantCulture) ?? "?"}")));
            Row(html, "GitLab rate limit", snapshot.RateLimitRemaining is { } left ? $"{left} calls left on its last answer (RateLimit-Remaining)" : "GitLab sent no RateLimit headers");
        }

        if (licences is not null)
        {
            Row(html, "Salesforce", licences.Problem is { } problem ? $"the last read failed: {problem}"
                : licences.ReadAt is { } read ? $"seats read {Time(read, zone)}" : "not read yet");
            Row(html, "Salesforce API budget", licences.Budget ?? "no answer read yet");
        }

        Row(html, "Version", version);
        Row(html, "Page made", Time(now, zone));
        html.Append("</table>");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th>").Append(name).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");

    public static string FlagName(FlagKind flag) => flag switch
    {
        FlagKind.Unassigned => "unassigned",
        FlagKind.AssigneeOutOfOffice => "assignee out of office",
        FlagKind.Stale => "stale",
        FlagKind.HoldReview => "hold to review",
        FlagKind.Overdue => "overdue",
        _ => flag.ToString(),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture) + " " + (zone == TimeZoneInfo.Utc ? "UTC" : zone.Id);

    private static string Day(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM", CultureInfo.InvariantCulture);

    private static string Ago(TimeSpan elapsed) => elapsed.TotalMinutes < 1 ? "under a minute"
        : elapsed.TotalHours < 1 ? $"{(int)elapsed.TotalMinutes} min"
        : $"{elapsed.TotalHours:0.#} h";
}
