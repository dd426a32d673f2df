using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Notifying;

/// <summary>One incoming-webhook message per sweep to the team channel, flagged ARs grouped by flag.</summary>
internal sealed partial class SlackChannel(HttpClient http, IOptions<NotificationOptions> options, ILogger<SlackChannel> logger) : INudgeChannel
{
    public string Name => "slack";

    public bool Enabled => options.Value.SlackEnabled;

    public async Task<IReadOnlySet<NudgeItem>> DeliverAsync(IReadOnlyList<NudgeItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return new HashSet<NudgeItem>();
        }

        return await PostAsync(Message(items), items.Count, cancellationToken) ? items.ToHashSet() : new HashSet<NudgeItem>();
    }

    /// <summary>Posts one message to the team channel; false (logged) when Slack did not take it.</summary>
    public async Task<bool> PostAsync(string text, int nudges, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(new Uri(options.Value.Slack.WebhookUrl), new { text }, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            Failed(logger, (int)response.StatusCode, nudges);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Unreachable(logger, e.GetType().Name, nudges);
        }

        return false;
    }

    internal static string Message(IReadOnlyList<NudgeItem> items)
    {
        var text = new StringBuilder($":clipboard: *{items.Count} Sales Ops access request(s) need attention*\n");
        foreach (var group in NudgeText.Grouped(items))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n*{group.Key}*\n");
            foreach (var item in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"• <{item.Url}|#{item.Iid} {Escape(item.Title)}>: {Escape(NudgeText.Unmention(item.Sentence))}\n");
            }
        }

        return text.ToString();
    }

    internal static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    // The webhook URL is a secret: it never reaches a log line.
    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Slack refused the sweep's message ({Status}); {Count} nudge(s) stay pending for the next sweep")]
    private static partial void Failed(ILogger logger, int status, int count);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Slack unreachable ({Error}); {Count} nudge(s) stay pending for the next sweep")]
    private static partial void Unreachable(ILogger logger, string error, int count);
}
