using System.Globalization;
using System.Text.Json.Nodes;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Text;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>
/// A notice as Block Kit (#25): the message's first lines, then per AR its line and its buttons — <b>Take it</b>,
/// <b>Snooze 1 business day</b>, <b>Open</b> (a link) and, where provisioning is on and the AR is In Progress,
/// <b>Provision</b>. A button's value carries only <c>project#iid</c>; the click is verified and the AR re-read before
/// anything is done. Slack takes 50 blocks: the ARs past <see cref="MaxArsWithButtons"/> are listed without buttons.
/// </summary>
internal static class SlackButtons
{
    public const int MaxArsWithButtons = 20;

    // A section's text is at most 3,000 characters.
    private const int MaxSectionText = 2_900;

    public static JsonArray Blocks(Notice notice, string fallback, bool provisioning)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var withButtons = notice.Items.Where(i => i.ProjectId is > 0 && i.Iid is > 0).Take(MaxArsWithButtons).ToList();
        var head = fallback.Split("\n\n", 2)[0];
        var blocks = new JsonArray(Section(head));
        foreach (var item in withButtons)
        {
            blocks.Add(Section("• " + SlackText.Link(item.Url, item.Label) + (item.Text is { Length: > 0 } said ? ": " + SlackText.Escape(said) : "")));
            blocks.Add(Actions(item, provisioning));
        }

        var rest = notice.Items.Except(withButtons).ToList();
        if (rest.Count > 0)
        {
            blocks.Add(Section(string.Join('\n', rest.Select(i => "• " + SlackText.Link(i.Url, i.Label) + (i.Text is { Length: > 0 } said ? ": " + SlackText.Escape(said) : "")))));
        }

        return blocks;
    }

    private static JsonObject Section(string text) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text.Length > MaxSectionText ? text[..MaxSectionText] + "…" : text },
    };

    private static JsonObject Actions(NoticeItem item, bool provisioning)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"{item.ProjectId}#{item.Iid}");
        var buttons = new JsonArray(
            Button("take", "Take it", value, primary: true),
            Button("snooze", "Snooze 1 business day", value));
        if (Uri.TryCreate(item.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            var open = Button("open", "Open", value);
            open["url"] = url.AbsoluteUri;
            buttons.Add(open);
        }

        if (provisioning && item.InProgress)
        {
            buttons.Add(Button("provision", "Provision", value));
        }

        return new JsonObject { ["type"] = "actions", ["block_id"] = "ar-" + value.Replace('#', '-'), ["elements"] = buttons };
    }

    private static JsonObject Button(string action, string text, string value, bool primary = false)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text },
            ["action_id"] = action,
            ["value"] = value,
        };
        if (primary)
        {
            button["style"] = "primary";
        }

        return button;
    }
}
