using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;

namespace SalesOpsAr.Worker.Features.Interacting;

/// <summary>
/// Who a Slack clicker is in GitLab: <c>Notifications__Slack__Users__&lt;id&gt;</c> first; else, with a bot token, their
/// Slack profile's e-mail address (<c>users.info</c>) and the one GitLab user whose public e-mail it is (<c>GET
/// /users?search=</c>). Answers are kept an hour, at most <see cref="MaxCached"/> of them (a miss too, so a stranger's
/// clicks cost Slack and GitLab one look-up an hour); any failure is "not known", never a guess.
/// </summary>
internal sealed partial class SlackUsers(IOptions<SlackInteractivityOptions> options, IHttpClientFactory http, IGitLabClient gitLab, TimeProvider clock, ILogger<SlackUsers> logger)
{
    public const int MaxCached = 2_000;

    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (string? Username, DateTimeOffset At)> _known = new(StringComparer.Ordinal);

    public async Task<string?> UsernameAsync(string slackUserId, CancellationToken cancellationToken)
    {
        if (options.Value.Users.TryGetValue(slackUserId, out var configured))
        {
            return configured;
        }

        if (options.Value.BotToken.Length == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (_known.TryGetValue(slackUserId, out var kept) && now - kept.At < KeptFor)
        {
            return kept.Username;
        }

        var username = await LookUpAsync(slackUserId, cancellationToken);
        if (_known.Count >= MaxCached)
        {
            _known.Clear(); // bounded: an hour's worth of clickers is far fewer
        }

        _known[slackUserId] = (username, now);
        return username;
    }

    private async Task<string?> LookUpAsync(string slackUserId, CancellationToken cancellationToken)
    {
        string? email;
        try
        {
            using var client = http.CreateClient(SlackResponder.HttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(options.Value.ApiUrl), "users.info?user=" + Uri.EscapeDataString(slackUserId)));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
            using var answer = await client.SendAsync(request, cancellationToken);
            using var json = JsonDocument.Parse(await answer.Content.ReadAsStreamAsync(cancellationToken));
            var root = json.RootElement;
            if (!root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
            {
                SlackSaidNo(logger, root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() ?? "?" : "?");
                return null;
            }

            email = root.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object
                && user.TryGetProperty("profile", out var profile) && profile.ValueKind == JsonValueKind.Object
                && profile.TryGetProperty("email", out var address) && address.ValueKind == JsonValueKind.String ? address.GetString() : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
        {
            SlackSaidNo(logger, e.GetType().Name);
            return null;
        }

        if (email is null || email.Length > 254 || !email.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var found = await gitLab.SearchUsersAsync(email, cancellationToken);
            // None, or more than one: not a match to act on; a name GitLab could not have given is not one either.
            return found.Count == 1 && IsUsername(found[0].Username) ? found[0].Username : null;
        }
        catch (GitLabException)
        {
            return null;
        }
    }

    // GitLab's usernames: letters, digits, '_', '-', '.', at most 255 (the name goes into a note after an @).
    private static bool IsUsername(string? name) =>
        name is { Length: > 0 and <= 255 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    [LoggerMessage(EventId = 750, Level = LogLevel.Warning, Message = "Slack's users.info did not tell a clicker's e-mail address ({Error})")]
    private static partial void SlackSaidNo(ILogger logger, string error);
}
