using System.Net.Mail;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Notifying;

/// <summary>Checks the <c>Notifications</c> section at start; never echoes a secret back.</summary>
internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var problems = new Problems();
        if (options.SlackEnabled && !(Uri.TryCreate(options.Slack.WebhookUrl, UriKind.Absolute, out var slack) && slack.Scheme is "https" or "http"))
        {
            problems.Add("Notifications:Slack:WebhookUrl", "must be the channel's incoming-webhook URL (https://hooks.slack.com/services/…).");
        }

        if (options.EmailEnabled)
        {
            if (!IsAddress(options.Smtp.From))
            {
                problems.Add("Notifications:Smtp:From", $"must be an email address when Notifications:Smtp:Host is set, got '{options.Smtp.From}'.");
            }

            if (options.Smtp.Port is < 1 or > 65535)
            {
                problems.Add("Notifications:Smtp:Port", $"must be a TCP port, got {options.Smtp.Port}.");
            }

            if (!options.Email.Team.Any(a => a.Trim().Length > 0))
            {
                problems.Add("Notifications:Email:Team", "must list at least one address (Notifications__Email__Team__0) when email is on: team nudges go there.");
            }
        }

        for (var i = 0; i < options.Email.Team.Count; i++)
        {
            if (options.Email.Team[i].Trim().Length > 0 && !IsAddress(options.Email.Team[i]))
            {
                problems.Add($"Notifications:Email:Team:{i}", $"must be an email address, got '{options.Email.Team[i]}'.");
            }
        }

        foreach (var (user, address) in options.Email.People)
        {
            if (!IsAddress(address))
            {
                problems.Add($"Notifications:Email:People:{user}", $"must be an email address, got '{address}'.");
            }
        }

        return problems.Result();
    }

    private static bool IsAddress(string text) => MailAddress.TryCreate(text.Trim(), out _);
}
