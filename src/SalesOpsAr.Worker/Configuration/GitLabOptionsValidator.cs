using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>Checks the <c>GitLab</c> section at start.</summary>
internal sealed class GitLabOptionsValidator(IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<GitLabOptions>
{
    public ValidateOptionsResult Validate(string? name, GitLabOptions options)
    {
        var problems = new Problems();
        if (!Problems.IsHttpUrl(options.BaseUrl))
        {
            problems.Add("GitLab:BaseUrl", $"must be an absolute http(s) URL such as https://gitlab.com, got '{options.BaseUrl}'.");
        }

        // Roles read leniently: a wrong Roles value is ServiceOptions' problem to report, not a reason to hide these.
        var receives = ServiceOptions.RolesIn(configuration).HasFlag(Roles.Receiver);
        if (receives && string.IsNullOrWhiteSpace(options.WebhookSecret) && !environment.IsDevelopment())
        {
            problems.Add("GitLab:WebhookSecret", "must be set: the receiver refuses unauthenticated webhooks outside Development. Use the secret token configured on the GitLab webhook.");
        }

        if (options.HasToken && string.IsNullOrWhiteSpace(options.BotUsername))
        {
            problems.Add("GitLab:BotUsername", "must be set when GitLab:Token is: it is the token's username, used to ignore the bot's own events.");
        }

        if (!string.IsNullOrEmpty(options.BotUsername) && !Problems.IsUsername(options.BotUsername))
        {
            problems.Add("GitLab:BotUsername", $"must be a GitLab username without @, got '{options.BotUsername}'.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromMinutes(2))
        {
            problems.Add("GitLab:RequestTimeout", $"must be between 00:00:00.001 and 00:02:00, got {options.RequestTimeout}.");
        }

        if (options.CallsPerMinute is < 1 or > 1_000_000)
        {
            problems.Add("GitLab:CallsPerMinute", $"must be between 1 and 1000000, got {options.CallsPerMinute}.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            problems.Add("GitLab:MaxRetries", $"must be between 0 and 10, got {options.MaxRetries}.");
        }

        if (options.HookId is <= 0)
        {
            problems.Add("GitLab:HookId", $"must be the webhook's positive id, got {options.HookId}.");
        }

        if (options.HookId is not null && options.ProjectIdList.Count == 0)
        {
            problems.Add("GitLab:HookId", "needs GitLab:ProjectIds:0, the project the webhook belongs to.");
        }

        for (var i = 0; i < options.ProjectIds.Count; i++)
        {
            var text = options.ProjectIds[i].Trim();
            if (text.Length > 0 && !(long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0))
            {
                problems.Add($"GitLab:ProjectIds:{i}", $"must be a project's numeric id, got '{options.ProjectIds[i]}'.");
            }
        }

        return problems.Result();
    }
}
