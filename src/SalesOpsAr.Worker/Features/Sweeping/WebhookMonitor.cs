using System.Globalization;
using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>
/// Watches the GitLab webhook that feeds the service (<c>GitLab:HookId</c>). GitLab disables a hook after
/// repeated failed deliveries and then sends nothing; only the sweep keeps ARs right meanwhile. So this says
/// so loudly, in the log and in the team channel, once each time the hook's state changes.
/// </summary>
internal sealed partial class WebhookMonitor(
    IGitLabClient gitLab, IOptions<GitLabOptions> options, WebhookMonitorState state, INotifier notifier, TimeProvider clock, ILogger<WebhookMonitor> logger)
{
    public async Task CheckAsync(bool dryRun, CancellationToken cancellationToken)
    {
        if (options.Value.HookId is not { } hookId || options.Value.ProjectIdList is not [var projectId, ..])
        {
            return;
        }

        GitLabHook hook;
        try
        {
            hook = await gitLab.GetProjectHookAsync(projectId, hookId, cancellationToken);
        }
        catch (GitLabException e)
        {
            Unreadable(logger, hookId, projectId, e.Message);
            state.Described = $"hook {hookId}: could not be read ({e.Message}); reading hooks needs Maintainer";
            return;
        }

        var disabled = hook.IsDisabledAt(clock.GetUtcNow());
        state.Described = !disabled ? $"hook {hookId}: enabled"
            : $"hook {hookId}: {(hook.AlertStatus is "disabled" ? "disabled" : "temporarily disabled")}{(hook.DisabledUntil is { } du ? " until " + du.ToString("u", CultureInfo.InvariantCulture) : "")}";
        if (!state.Changed(disabled))
        {
            return;
        }

        if (!disabled)
        {
            Enabled(logger, hookId, projectId);
            return;
        }

        var until = hook.DisabledUntil is { } u ? " until " + u.ToString("u", CultureInfo.InvariantCulture) : "";
        Disabled(logger, hookId, projectId, hook.AlertStatus is "disabled" or "temporarily_disabled" ? hook.AlertStatus : "temporarily_disabled", until);
        if (!dryRun)
        {
            await notifier.SendAsync(Alert(hookId, hook.AlertStatus, until), cancellationToken);
        }
    }

    private static Notice Alert(long hookId, string? status, string until) => new()
    {
        Kind = NoticeKind.Alert,
        Subject = "GitLab has disabled the Sales Ops AR webhook",
        Paragraphs =
        [
            $"Hook {hookId} is {status ?? "disabled"}{until}, after failed deliveries. Until it is re-enabled only the sweep keeps ARs right.",
            "Fix the cause, press Test on the hook, then run `sweep --once` (docs/operations.md).",
        ],
        Audience = new Audience { TeamChannel = true },
    };

    [LoggerMessage(EventId = 310, Level = LogLevel.Error, Message = "GitLab has disabled webhook {HookId} of project {ProjectId} ({AlertStatus}{Until}): no events arrive; only the sweep keeps ARs right")]
    private static partial void Disabled(ILogger logger, long hookId, long projectId, string alertStatus, string until);

    [LoggerMessage(EventId = 311, Level = LogLevel.Information, Message = "Webhook {HookId} of project {ProjectId} is enabled")]
    private static partial void Enabled(ILogger logger, long hookId, long projectId);

    [LoggerMessage(EventId = 312, Level = LogLevel.Warning, Message = "Cannot read webhook {HookId} of project {ProjectId} ({Error}); the bot needs Maintainer to watch it")]
    private static partial void Unreadable(ILogger logger, long hookId, long projectId, string error);
}
