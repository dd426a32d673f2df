using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>The dry-run (no token, or <c>DryRun=true</c>): writes nothing; the reconciler logs what it would have written.</summary>
internal sealed class DryRunPlanWriter : IPlanWriter
{
    public bool Writes => false;

    public Task WriteAsync(ArSnapshot ar, Plan plan, Attempt attempt, bool runbookAsked, CancellationToken cancellationToken) => Task.CompletedTask;
}
