using System.ComponentModel.DataAnnotations;

namespace SalesOpsAr.GitLab;

/// <summary>The <c>GitLab</c> configuration section: where GitLab is, who the bot is, how webhooks are checked.</summary>
public sealed class GitLabOptions
{
    public const string Section = "GitLab";

    public string BaseUrl { get; set; } = "https://gitlab.com";

    /// <summary>Allow an <c>http://</c> <see cref="BaseUrl"/>: the token would travel in clear text. For a GitLab on a private network, or a test.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>The bot's token (scope <c>api</c>); empty ⇒ dry-run from webhook payloads alone.</summary>
    public string Token { get; set; } = "";

    /// <summary>The expected <c>X-Gitlab-Token</c>.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>The bot's username: its own events are ignored and its notes are its memory.</summary>
    public string BotUsername { get; set; } = "";

    /// <summary>
    /// When non-empty, events from other projects are ignored; the sweeper sweeps these. Strings, parsed in
    /// <see cref="ProjectIdList"/>: the configuration binder silently drops list items it cannot convert.
    /// </summary>
    public IList<string> ProjectIds { get; } = [];

    /// <summary>The project ids that parse (the validator reports the others).</summary>
    public IReadOnlyList<long> ProjectIdList => ProjectIds
        .Select(p => TryParseProjectId(p, out var id) ? id : 0)
        .Where(id => id > 0)
        .ToList();

    /// <summary>
    /// The id of the project webhook that feeds this service (Settings → Webhooks). When set, each sweep
    /// checks it and warns loudly if GitLab has disabled it. Reading hooks needs Maintainer on the project.
    /// </summary>
    public long? HookId { get; set; }

    /// <summary>
    /// The bot's API budget per minute (GitLab.com allows 2,000 per user). Every attempt, retries included,
    /// takes a token; calls beyond the budget wait their turn instead of meeting 429s.
    /// </summary>
    [Range(1, 1_000_000)]
    public int CallsPerMinute { get; set; } = 2000;

    /// <summary>
    /// New notes per minute (GitLab.com allows 60 per user; self-managed GitLab 300 by default). No 60 s window ever
    /// holds more note POSTs than this; label edits never wait for notes. 0: no limit of the service's own.
    /// </summary>
    [Range(0, 100_000)]
    public int NotesPerMinute { get; set; } = 60;

    /// <summary>Timeout of one read (GET) attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Timeout of one write (PUT, POST) attempt. Longer than a read's: a note GitLab is still saving must not be
    /// abandoned and posted again (GitLab itself gives a request up to 60 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Retries of one API call on 429, 5xx and timeouts (POST only on 429).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    /// <summary>A project id as configuration gives it: digits only, above zero; blank entries are skipped elsewhere.</summary>
    public static bool TryParseProjectId(string? text, out long id)
    {
        id = 0;
        return long.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
