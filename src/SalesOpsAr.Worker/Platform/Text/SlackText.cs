using System.Text;

namespace SalesOpsAr.Worker.Platform.Text;

/// <summary>
/// The one way text reaches Slack. Slack reads <c>&lt;…&gt;</c> as commands and links (<c>&lt;!channel&gt;</c>,
/// <c>&lt;@U123&gt;</c>, <c>&lt;https://evil|Re-authenticate&gt;</c>) and <c>&amp;</c> as the start of an entity, so
/// every text that came from GitLab is escaped here, and only the bot's own markup is added around it.
/// </summary>
internal static class SlackText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>A link with escaped text; a URL that is not absolute http(s) is left out, and only the text shown.</summary>
    public static string Link(string? url, string text)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return Escape(text);
        }

        var target = Escape(uri.AbsoluteUri).Replace("|", "%7C", StringComparison.Ordinal);
        return $"<{target}|{Escape(text)}>";
    }
}
