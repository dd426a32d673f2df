using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Platform.Text;

namespace SalesOpsAr.Worker.Features.Interacting;

/// <summary>
/// Updates the clicked message through Slack's <c>response_url</c> (POST JSON; <c>replace_original</c> to say who took or
/// snoozed it, an ephemeral reply to the clicker for a refusal). Only an https address on a configured Slack host is
/// called (http only on loopback, for the tests' fake); a failure is logged, never retried into a loop.
/// </summary>
internal sealed partial class SlackResponder(IHttpClientFactory http, IOptions<SlackInteractivityOptions> options, ILogger<SlackResponder> logger)
{
    public const string HttpClientName = "slack-response";

    /// <summary>Replaces the message with <paramref name="text"/> (plain text, escaped for Slack).</summary>
    public Task ReplaceAsync(string? responseUrl, string text, CancellationToken cancellationToken) =>
        PostAsync(responseUrl, new { replace_original = true, text = SlackText.Escape(text) }, cancellationToken);

    /// <summary>Tells the clicker alone (<c>response_type: ephemeral</c>); the message stays as it is.</summary>
    public Task TellAsync(string? responseUrl, string text, CancellationToken cancellationToken) =>
        PostAsync(responseUrl, new { response_type = "ephemeral", replace_original = false, text = SlackText.Escape(text) }, cancellationToken);

    public bool Allows(string? responseUrl) =>
        Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) && url.UserInfo.Length == 0
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        && options.Value.ResponseHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase);

    private async Task PostAsync(string? responseUrl, object message, CancellationToken cancellationToken)
    {
        if (!Allows(responseUrl))
        {
            NotSlacks(logger);
            return;
        }

        try
        {
            using var client = http.CreateClient(HttpClientName);
            using var answer = await client.PostAsJsonAsync(new Uri(responseUrl!), message, cancellationToken);
            if (!answer.IsSuccessStatusCode)
            {
                Failed(logger, (int)answer.StatusCode);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Unreachable(logger, e.GetType().Name);
        }
    }

    // The response_url is a capability: it never reaches a log line.
    [LoggerMessage(EventId = 743, Level = LogLevel.Warning, Message = "A Slack click's response_url is not Slack's (Notifications:Slack:ResponseHosts): the message is not updated")]
    private static partial void NotSlacks(ILogger logger);

    [LoggerMessage(EventId = 744, Level = LogLevel.Warning, Message = "Slack refused the message update ({Status})")]
    private static partial void Failed(ILogger logger, int status);

    [LoggerMessage(EventId = 745, Level = LogLevel.Warning, Message = "Slack did not answer the message update ({Error})")]
    private static partial void Unreachable(ILogger logger, string error);
}
