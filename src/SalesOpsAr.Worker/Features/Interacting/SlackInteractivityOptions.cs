namespace SalesOpsAr.Worker.Features.Interacting;

/// <summary>
/// Slack's buttons (#25), from the <c>Notifications:Slack</c> section: the app's signing secret (none: no buttons, and
/// <c>/slack/interactions</c> answers 404), who is who, and where Slack's <c>response_url</c> may point.
/// </summary>
public sealed class SlackInteractivityOptions
{
    public const string Section = "Notifications:Slack";

    /// <summary>The Slack app's signing secret (Basic Information → App Credentials). A secret: never logged.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>Slack user id → GitLab username (<c>Notifications__Slack__Users__U012ABCDEF=jdoe</c>).</summary>
    public Dictionary<string, string> Users { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The Slack app's bot token (<c>xoxb-…</c>, scopes <c>users:read</c> and <c>users:read.email</c>): a clicker not in
    /// <see cref="Users"/> is looked up by e-mail (Slack's <c>users.info</c>, then GitLab's user search). A secret.
    /// </summary>
    public string BotToken { get; set; } = "";

    /// <summary>Slack's Web API (the tests' fake is on loopback).</summary>
    public string ApiUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Hosts a <c>response_url</c> may have (https); anything else is not called.</summary>
    public List<string> ResponseHosts { get; set; } = ["hooks.slack.com"];

    public bool IsOn => SigningSecret.Length > 0;
}
