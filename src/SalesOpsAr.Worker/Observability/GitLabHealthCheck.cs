using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Observability;

/// <summary>
/// Readiness: GitLab answers and accepts the token (<c>GET /user</c>), checked at most every 30 s so
/// probes cost the API budget next to nothing. Not checked in dry-run, where nothing is written.
/// </summary>
internal sealed class GitLabHealthCheck(
    IServiceScopeFactory scopes, IOptions<GitLabOptions> gitLab, RunMode mode, TimeProvider clock) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, HealthCheckResult Result)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!mode.CanWrite)
        {
            return HealthCheckResult.Healthy("dry-run: GitLab is not written to, so not checked");
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } last && clock.GetUtcNow() - last.At < CacheFor)
            {
                return last.Result;
            }

            var result = await ProbeAsync(cancellationToken);
            _last = (clock.GetUtcNow(), result);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var bot = await scope.ServiceProvider.GetRequiredService<IGitLabClient>().GetCurrentUserAsync(cancellationToken);
            return HealthCheckResult.Healthy($"GitLab accepts the token of {bot.Username}");
        }
        catch (GitLabApiException e) when (e.IsAuthenticationFailure)
        {
            return HealthCheckResult.Unhealthy($"GitLab refused the token ({(int)e.StatusCode!}): check GitLab__Token");
        }
        catch (GitLabException e)
        {
            return HealthCheckResult.Unhealthy($"GitLab at {gitLab.Value.BaseUrl} is unreachable or failing: {e.GetType().Name}");
        }
    }
}
