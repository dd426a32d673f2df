using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Hosting;

/// <summary>Says once, at start, what this process does and whether it will write to GitLab.</summary>
internal sealed partial class StartupReport(
    IOptions<ServiceOptions> service,
    IOptions<GitLabOptions> gitLab,
    IOptions<TransportOptions> transport,
    IOptions<WorkflowOptions> workflow,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var mode = !gitLab.Value.HasToken ? "dry-run (no GitLab:Token: plans are decided from webhook payloads and logged, nothing is written)"
            : service.Value.DryRun ? "dry-run (DryRun=true: GitLab is read, nothing is written)"
            : "live (labels and notes are written to GitLab)";
        var dris = string.Join(", ", workflow.Value.Dris);
        Started(logger, service.Value.ParsedRoles, transport.Value.Kind, gitLab.Value.BaseUrl, gitLab.Value.BotUsername, dris, mode);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "SalesOpsAr.Worker starting: roles {Roles}, transport {Transport}, GitLab {GitLabUrl} as {BotUsername}, DRIs {Dris}; mode {Mode}")]
    private static partial void Started(ILogger logger, Roles roles, TransportKind transport, string gitLabUrl, string botUsername, string dris, string mode);
}
