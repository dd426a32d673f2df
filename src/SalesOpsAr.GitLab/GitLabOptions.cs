namespace SalesOpsAr.GitLab;

/// <summary>The <c>GitLab</c> configuration section: where GitLab is, who the bot is, how webhooks are checked.</summary>
public sealed class GitLabOptions
{
    public const string Section = "GitLab";

    public string BaseUrl { get; set; } = "https://gitlab.com";

    /// <summary>The bot's token (scope <c>api</c>); empty ⇒ dry-run from webhook payloads alone.</summary>
    public string Token { get; set; } = "";

    /// <summary>The expected <c>X-Gitlab-Token</c>.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>The bot's username: its own events are ignored and its notes are its memory.</summary>
    public string BotUsername { get; set; } = "";

    /// <summary>When non-empty, events from other projects are ignored.</summary>
    public IList<long> ProjectIds { get; } = [];

    /// <summary>Timeout of one API call attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of one API call on 429, 5xx and timeouts (POST only on 429).</summary>
    public int MaxRetries { get; set; } = 4;

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);
}
