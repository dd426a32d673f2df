using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Hosting;

/// <summary>Says once, at start, what this process does and whether it will write to GitLab.</summary>
internal sealed partial class StartupReport(RunMode mode, IOptions<GitLabOptions> gitLab, ArRules rules, ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return Task.CompletedTask;
        }

        var what = !mode.CanRead ? "dry-run (no GitLab:Token: plans are decided from webhook payloads and logged, nothing is written)"
            : mode.DryRun ? "dry-run (DryRun=true: GitLab is read, nothing is written)"
            : "live (labels and notes are written to GitLab)";
        var transport = mode.Transport.ToString();
        var dris = string.Join(", ", rules.Settings.Dris);
        Started(logger, mode.Roles, transport, gitLab.Value.BaseUrl, gitLab.Value.BotUsername, dris, what);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "SalesOpsAr.Worker starting: roles {Roles}, transport {Transport}, GitLab {GitLabUrl} as {BotUsername}, DRIs {Dris}; mode {Mode}")]
    private static partial void Started(ILogger logger, Roles roles, string transport, string gitLabUrl, string botUsername, string dris, string mode);
}
