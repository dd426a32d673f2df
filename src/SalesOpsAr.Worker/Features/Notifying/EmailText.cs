using System.Net;
using System.Text;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>A notice as an email body: plain text, and HTML with every text encoded (AR titles are written by anyone).</summary>
internal static class EmailText
{
    public static string Plain(Notice notice)
    {
        var text = new StringBuilder();
        foreach (var paragraph in notice.Paragraphs)
        {
            text.Append(paragraph).Append('\n');
        }

        foreach (var group in notice.Groups())
        {
            text.Append('\n');
            if (group.Key is { } heading)
            {
                text.Append(heading).Append('\n');
            }

            foreach (var item in group)
            {
                text.Append("- ").Append(item.Label).Append(item.Text is { Length: > 0 } said ? ": " + said : "").Append('\n');
                if (item.Url is { Length: > 0 } url)
                {
                    text.Append("  ").Append(url).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    public static string Html(Notice notice)
    {
        var html = new StringBuilder();
        foreach (var paragraph in notice.Paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        foreach (var group in notice.Groups())
        {
            if (group.Key is { } heading)
            {
                html.Append("<h3>").Append(WebUtility.HtmlEncode(heading)).Append("</h3>");
            }

            html.Append("<ul>");
            foreach (var item in group)
            {
                html.Append("<li>");
                html.Append(Uri.TryCreate(item.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                    ? $"<a href=\"{WebUtility.HtmlEncode(uri.AbsoluteUri)}\">{WebUtility.HtmlEncode(item.Label)}</a>"
                    : WebUtility.HtmlEncode(item.Label));
                html.Append(item.Text is { Length: > 0 } said ? ": " + WebUtility.HtmlEncode(said) : "").Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.ToString();
    }
}
