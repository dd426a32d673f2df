using Microsoft.Extensions.Options;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>
/// Tells the DRIs about a new AR on the configured channels, once, right after the bot's CC note.
/// Best effort: a failure is logged and not retried, since the CC mention already makes GitLab email them.
/// </summary>
internal sealed partial class NewArAnnouncer(
    IServiceScopeFactory scopes, IOptions<NotificationOptions> options, ArRules rules, ILogger<NewArAnnouncer> logger) : IWorkHandler<NewArAnnouncement>
{
    public Task HandleAsync(NewArAnnouncement message, bool retried, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Announce(new ArRef(message.ProjectId, message.Iid, message.Title, message.WebUrl));
        return Task.CompletedTask;
    }

    /// <summary>Starts the announcement and returns at once: a slow SMTP server or Slack never holds up the reconciler.</summary>
    public void Announce(ArRef ar)
    {
        ArgumentNullException.ThrowIfNull(ar);
        if (!options.Value.SlackEnabled && !options.Value.EmailEnabled)
        {
            return;
        }

        var notice = Notice(ar, rules.Settings.Dris);
        _ = Task.Run(async () =>
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<INotifier>().SendAsync(notice, timeout.Token);
            }
            catch (Exception e)
            {
                Failed(logger, e, ar.ProjectId, ar.Iid);
            }
        });
    }

    internal static Notice Notice(ArRef ar, IReadOnlyList<string> dris)
    {
        var title = string.IsNullOrWhiteSpace(ar.Title) ? "(no title)" : ar.Title;
        return new Notice
        {
            Kind = NoticeKind.NewAr,
            Subject = $"New Sales Ops AR #{ar.Iid}: {title}",
            Paragraphs = ["A new Sales Ops access request needs someone from the team; the provisioning DRIs are CC'd."],
            Items = [new NoticeItem { Reference = $"#{ar.Iid}", Title = title, Url = ar.Url, ProjectId = ar.ProjectId, Iid = ar.Iid }],
            Audience = new Audience { TeamChannel = true, People = dris },
        };
    }

    [LoggerMessage(EventId = 420, Level = LogLevel.Warning, Message = "Could not announce new AR {ProjectId}#{Iid} on Slack/email; the CC mention still reached the DRIs")]
    private static partial void Failed(ILogger logger, Exception exception, long projectId, long iid);
}
