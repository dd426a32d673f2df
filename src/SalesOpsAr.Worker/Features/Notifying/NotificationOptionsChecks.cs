using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>Checks the <c>Notifications</c> section's addresses and URL; never echoes a secret back.</summary>
internal sealed class NotificationOptionsChecks : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var problems = new ValidateOptionsResultBuilder();
        if (options.SlackEnabled && !(Uri.TryCreate(options.Slack.WebhookUrl, UriKind.Absolute, out var slack) && slack.Scheme is "https" or "http"))
        {
            problems.AddError("must be the channel's incoming-webhook URL (https://hooks.slack.com/services/…).", "Notifications:Slack:WebhookUrl");
        }

        if (options.EmailEnabled)
        {
            if (!IsAddress(options.Smtp.From))
            {
                problems.AddError($"must be an email address when Notifications:Smtp:Host is set, got '{options.Smtp.From}'.", "Notifications:Smtp:From");
            }

            if (!options.Email.Team.Any(a => a.Trim().Length > 0))
            {
                problems.AddError("must list at least one address (Notifications__Email__Team__0) when email is on: team nudges go there.", "Notifications:Email:Team");
            }
        }

        for (var i = 0; i < options.Email.Team.Count; i++)
        {
            if (options.Email.Team[i].Trim().Length > 0 && !IsAddress(options.Email.Team[i]))
            {
                problems.AddError($"must be an email address, got '{options.Email.Team[i]}'.", $"Notifications:Email:Team:{i}");
            }
        }

        foreach (var (user, address) in options.Email.People)
        {
            if (!IsAddress(address))
            {
                problems.AddError($"must be an email address, got '{address}'.", $"Notifications:Email:People:{user}");
            }
        }

        return problems.Build();
    }

    private static bool IsAddress(string text) => MailAddress.TryCreate(text.Trim(), out _);
}
