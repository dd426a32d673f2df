using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>Runs a sweep at start and then every <c>Sweep:Interval</c>; a failed sweep is logged, never fatal.</summary>
internal sealed class SweepService(
    IServiceScopeFactory scopes, IOptions<SweepOptions> sweep, RunMode mode, TimeProvider clock, ILogger<SweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!mode.Runs(Roles.Sweeper))
        {
            return;
        }

        if (sweep.Value.Interval == TimeSpan.Zero)
        {
            SweepLog.Off(logger, "Sweep:Interval is 00:00:00 (sweep --once still works)");
            return;
        }

        if (!mode.CanRead)
        {
            SweepLog.Off(logger, "no GitLab:Token, so there is no issue list to sweep");
            return;
        }

        using var timer = new PeriodicTimer(sweep.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<Sweeper>().RunOnceAsync(dryRun: false, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                SweepLog.Failed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
