using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Interacting;

/// <summary>The buttons' options, checked at start and by <c>validate-config</c>, each problem named by its key; no secret echoed.</summary>
internal sealed class SlackInteractivityOptionsChecks : IValidateOptions<SlackInteractivityOptions>
{
    /// <summary>People mapped at most.</summary>
    public const int MaxUsers = 5_000;

    public ValidateOptionsResult Validate(string? name, SlackInteractivityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ValidateOptionsResultBuilder();
        if (options.SigningSecret.Length > 0 && (options.SigningSecret.Length is < 16 or > 256 || options.SigningSecret.Any(c => char.IsControl(c) || c == ' ')))
        {
            problems.AddError("must be the Slack app's signing secret: 16 to 256 characters, no blanks or control characters.", "Notifications:Slack:SigningSecret");
        }

        if (options.Users.Count > MaxUsers)
        {
            problems.AddError($"at most {MaxUsers} people, got {options.Users.Count}.", "Notifications:Slack:Users");
        }

        foreach (var (slackId, username) in options.Users)
        {
            if (slackId.Length is 0 or > 32 || !slackId.All(char.IsAsciiLetterOrDigit))
            {
                problems.AddError("must be keyed by Slack user ids (letters and digits, such as U012ABCDEF).", $"Notifications:Slack:Users:{(slackId.Length > 32 ? slackId[..32] : slackId)}");
            }
            else if (username.Length is 0 or > 255 || username.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '@'))
            {
                problems.AddError("must be a GitLab username (no @, no blanks).", $"Notifications:Slack:Users:{slackId}");
            }
        }

        if (options.BotToken.Length > 0 && (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal) || options.BotToken.Length > 512 || options.BotToken.Any(c => char.IsControl(c) || c == ' ')))
        {
            problems.AddError("must be the Slack app's bot token (xoxb-…, no blanks or control characters).", "Notifications:Slack:BotToken");
        }

        if (!Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var api) || !(api.Scheme == Uri.UriSchemeHttps || (api.Scheme == Uri.UriSchemeHttp && api.IsLoopback))
            || !options.ApiUrl.EndsWith('/') || api.UserInfo.Length > 0 || api.Query.Length > 0)
        {
            problems.AddError("must be Slack's Web API address ending in / (https://slack.com/api/).", "Notifications:Slack:ApiUrl");
        }

        if (options.ResponseHosts.Count is 0 or > 10 || options.ResponseHosts.Any(h => Uri.CheckHostName(h) == UriHostNameType.Unknown))
        {
            problems.AddError("must list one to ten host names Slack's response_url may have (hooks.slack.com).", "Notifications:Slack:ResponseHosts");
        }

        return problems.Build();
    }
}
