using Microsoft.Extensions.Options;

namespace SalesOpsAr.GitLab;

/// <summary>The checks of <see cref="GitLabOptions"/> that annotations cannot say: forms, list items, fields that need each other.</summary>
public sealed class GitLabOptionsChecks : IValidateOptions<GitLabOptions>
{
    public ValidateOptionsResult Validate(string? name, GitLabOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ValidateOptionsResultBuilder();
        if (!(Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            problems.AddError($"must be an absolute http(s) URL such as https://gitlab.com, got '{options.BaseUrl}'.", "GitLab:BaseUrl");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !options.AllowHttp)
        {
            problems.AddError($"must be https: the bot's token would travel in clear text to '{options.BaseUrl}'. Set GitLab:AllowHttp=true only for a GitLab on a private network without TLS.", "GitLab:BaseUrl");
        }

        if (options.ProjectIdList.Count == 0)
        {
            problems.AddError("must list the access-request project's numeric id (GitLab__ProjectIds__0, Settings → General): webhooks from any other project are ignored, and the sweeper sweeps these.", "GitLab:ProjectIds");
        }

        if (options.HasToken && string.IsNullOrWhiteSpace(options.BotUsername))
        {
            problems.AddError("must be set when GitLab:Token is: it is the token's username, used to ignore the bot's own events.", "GitLab:BotUsername");
        }

        if (!string.IsNullOrEmpty(options.BotUsername) && !GitLabUsername.IsValid(options.BotUsername))
        {
            problems.AddError($"must be a GitLab username without @, got '{options.BotUsername}'.", "GitLab:BotUsername");
        }

        if (options.HookId is <= 0)
        {
            problems.AddError($"must be the webhook's positive id, got {options.HookId}.", "GitLab:HookId");
        }

        if (options.HookId is not null && options.ProjectIdList.Count == 0)
        {
            problems.AddError("needs GitLab:ProjectIds:0, the project the webhook belongs to.", "GitLab:HookId");
        }

        for (var i = 0; i < options.ProjectIds.Count; i++)
        {
            if (options.ProjectIds[i].Trim().Length > 0 && !GitLabOptions.TryParseProjectId(options.ProjectIds[i], out _))
            {
                problems.AddError($"must be a project's numeric id, got '{options.ProjectIds[i]}'.", $"GitLab:ProjectIds:{i}");
            }
        }

        return problems.Build();
    }
}
