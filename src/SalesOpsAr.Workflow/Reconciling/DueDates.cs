using System.Globalization;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Labels;
using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Workflow.Reconciling;

/// <summary>
/// The handbook's "Action Needed — immediate or within current FQ": an AR that enters Action Needed without a due
/// date gets the last day of the current fiscal quarter, in the same edit as its label. A due date a person set is
/// never touched, and none is set on any other move. Off with <see cref="WorkflowSettings.DueDateOnActionNeeded"/>.
/// </summary>
public static class DueDates
{
    /// <param name="plan">What the label rules decided.</param>
    /// <param name="ar">The AR as GitLab has it now.</param>
    /// <param name="today">The date where the team works (the business calendar's time zone).</param>
    public static Plan Apply(Plan plan, ArSnapshot ar, DateOnly today, WorkflowSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(ar);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.DueDateOnActionNeeded || ar.DueDate is not null || !ar.IsOpen
            || plan.To != ArState.ActionNeeded || plan.From == ArState.ActionNeeded || !plan.ChangesLabels)
        {
            return plan;
        }

        var due = FiscalQuarter.LastDay(today, settings.FiscalYearStartMonth);
        return plan with
        {
            SetDueDate = due,
            Reasons = [.. plan.Reasons, $"Due date set to {due.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, the end of the current fiscal quarter (the handbook: Action Needed is immediate or within the current quarter)."],
        };
    }
}
