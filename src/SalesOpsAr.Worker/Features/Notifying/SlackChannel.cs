using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Text;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>Posts a notice as one message to the team channel's incoming webhook; all of it arrives or none.</summary>
internal sealed partial class SlackChannel(
    HttpClient http,
    IOptions<NotificationOptions> options,
    SalesOpsAr.Worker.Platform.Configuration.Connectors connectors,
    ILogger<SlackChannel> logger) : INoticeChannel
{
    public string Name => "slack";

    public bool Enabled => options.Value.SlackEnabled;

    public async Task<NoticeReceipt> SendAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var mine = notice.Items.Where(i => notice.AudienceOf(i).TeamChannel).ToList();
        if (mine.Count == 0 && (notice.Items.Count > 0 || !notice.Audience.TeamChannel))
        {
            return NoticeReceipt.Nothing;
        }

        var narrowed = notice.Narrowed(mine);
        var message = Message(narrowed);
        object body = options.Value.Slack.SigningSecret.Length > 0
            ? new { text = message, blocks = SlackButtons.Blocks(narrowed, message, connectors.AnyOn) }
            : new { text = message };
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri(options.Value.Slack.WebhookUrl), body, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new NoticeReceipt(mine.Count == notice.Items.Count, mine.ToHashSet());
            }

            Failed(logger, notice.Kind, (int)response.StatusCode, mine.Count);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Unreachable(logger, notice.Kind, e.GetType().Name, mine.Count);
        }

        return NoticeReceipt.Nothing;
    }

    internal static string Message(Notice notice)
    {
        var text = new StringBuilder().Append(Emoji(notice.Kind)).Append(" *").Append(SlackText.Escape(notice.Subject)).Append("*\n");
        foreach (var paragraph in notice.Paragraphs)
        {
            text.Append(SlackText.Escape(paragraph)).Append('\n');
        }

        foreach (var group in notice.Groups())
        {
            text.Append('\n');
            if (group.Key is { } heading)
            {
                text.Append('*').Append(SlackText.Escape(heading)).Append("*\n");
            }

            foreach (var item in group)
            {
                text.Append("• ").Append(SlackText.Link(item.Url, item.Label));
                text.Append(item.Text is { Length: > 0 } said ? ": " + SlackText.Escape(said) : "").Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Emoji(NoticeKind kind) => kind switch
    {
        NoticeKind.Nudges => ":clipboard:",
        NoticeKind.NewAr => ":new:",
        NoticeKind.Digest => ":bar_chart:",
        _ => ":rotating_light:",
    };

    // The webhook URL is a secret: it never reaches a log line.
    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Slack refused the {Kind} message ({Status}); {Count} item(s) stay pending")]
    private static partial void Failed(ILogger logger, NoticeKind kind, int status, int count);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Slack unreachable for the {Kind} message ({Error}); {Count} item(s) stay pending")]
    private static partial void Unreachable(ILogger logger, NoticeKind kind, string error, int count);
}
