using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>
/// Carries out a decided plan, chosen once by the run mode: on GitLab (<see cref="GitLabPlanWriter"/>) when the bot may
/// write, else nowhere (<see cref="DryRunPlanWriter"/>: the plan is only logged).
/// </summary>
internal interface IPlanWriter
{
    /// <summary>False in a dry-run: the reconciler logs the plan as one it would apply.</summary>
    bool Writes { get; }

    /// <param name="runbookAsked">The event was a team member's <c>@bot runbook</c>.</param>
    Task WriteAsync(ArSnapshot ar, Plan plan, Attempt attempt, bool runbookAsked, CancellationToken cancellationToken);
}
