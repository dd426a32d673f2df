using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Platform.Telemetry;

namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>Counts an applied plan's state change, and how long the AR took to be picked up or completed (wall and business hours).</summary>
internal sealed class TransitionMetrics(SalesOpsArMetrics metrics, BusinessCalendar calendar, TimeProvider clock)
{
    public void Record(ArSnapshot ar, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(ar);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.From == plan.To)
        {
            return;
        }

        metrics.Transition(plan.From, plan.To);
        if (plan.To is { } reached && ar.CreatedAt is { } opened && (reached == ArState.Completed || plan.From is null or ArState.ActionNeeded))
        {
            var now = clock.GetUtcNow();
            metrics.Reached(reached, now - opened, calendar.WorkingTimeBetween(opened, now));
        }
    }
}
