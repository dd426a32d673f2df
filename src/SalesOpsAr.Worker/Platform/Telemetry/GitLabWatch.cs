using System.Diagnostics.Metrics;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary>
/// Checks GitLab (<c>GET /user</c>) at start and every minute, for the log, the metrics and <c>/health/gitlab</c>.
/// Not readiness: a GitLab that throttles or fails must not take the receivers out of the load balancer, or
/// GitLab's own deliveries would fail and it would disable the hook. The events wait on the queue meanwhile.
/// </summary>
internal sealed partial class GitLabWatch : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly RunMode _mode;
    private readonly TimeProvider _clock;
    private readonly ILogger<GitLabWatch> _logger;
    private GitLabStatus _status = GitLabStatus.NotChecked;

    public GitLabWatch(IServiceScopeFactory scopes, RunMode mode, TimeProvider clock, IMeterFactory meters, ILogger<GitLabWatch> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        (_scopes, _mode, _clock, _logger) = (scopes, mode, clock, logger);
        meters.Create(SalesOpsArMetrics.MeterName).CreateObservableGauge("salesopsar.gitlab.up", () => Status.Health switch
        {
            GitLabHealth.Accepted => 1,
            GitLabHealth.NotChecked => -1,
            _ => 0,
        }, description: "1: GitLab accepts the token; 0: it refuses it or fails; -1: not checked (no token)");
    }

    public GitLabStatus Status => Volatile.Read(ref _status);

    /// <summary>Checks now; the timer checks every minute anyway.</summary>
    public async Task<GitLabStatus> CheckAsync(CancellationToken cancellationToken)
    {
        GitLabStatus next;
        await using var scope = _scopes.CreateAsyncScope();
        try
        {
            var bot = await scope.ServiceProvider.GetRequiredService<IGitLabClient>().GetCurrentUserAsync(cancellationToken);
            next = new GitLabStatus(GitLabHealth.Accepted, $"GitLab accepts the token of {bot.Username}", _clock.GetUtcNow());
        }
        catch (GitLabApiException e) when (e.IsAuthenticationFailure)
        {
            next = new GitLabStatus(GitLabHealth.TokenRefused, $"GitLab refused the token ({(int)e.StatusCode!}): check GitLab__Token and the bot's access", _clock.GetUtcNow());
        }
        catch (GitLabException e)
        {
            next = new GitLabStatus(GitLabHealth.Failing, e.Message, _clock.GetUtcNow());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Anything else (a value GitLab's client cannot even send) is this check failing, never the service.
            next = new GitLabStatus(GitLabHealth.Failing, $"the check failed: {e.GetType().Name}", _clock.GetUtcNow());
        }

        var previous = Interlocked.Exchange(ref _status, next);
        if (previous.Health != next.Health)
        {
            Changed(_logger, next.Health switch
            {
                GitLabHealth.Accepted => LogLevel.Information,
                GitLabHealth.TokenRefused => LogLevel.Error,
                _ => LogLevel.Warning,
            }, next.Health, next.Detail);
        }

        return next;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_mode.CanRead)
        {
            return;
        }

        using var timer = new PeriodicTimer(Every, _clock);
        do
        {
            await CheckAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 320, Message = "GitLab is now {Health}: {Detail}")]
    private static partial void Changed(ILogger logger, LogLevel level, GitLabHealth health, string detail);
}
