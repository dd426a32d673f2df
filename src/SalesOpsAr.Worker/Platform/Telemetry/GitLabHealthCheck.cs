using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Telemetry;

/// <summary><c>/health/gitlab</c>: what the last <see cref="GitLabWatch"/> check found; never a call per request, never readiness.</summary>
internal sealed class GitLabHealthCheck(GitLabWatch watch, RunMode mode) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = watch.Status;
        return Task.FromResult(status.Health switch
        {
            GitLabHealth.Accepted => HealthCheckResult.Healthy(status.Detail),
            GitLabHealth.NotChecked when !mode.CanRead => HealthCheckResult.Healthy("no token: dry-run from webhook payloads, GitLab is not called"),
            GitLabHealth.NotChecked => HealthCheckResult.Healthy(status.Detail),
            _ => HealthCheckResult.Unhealthy(status.Detail),
        });
    }
}
