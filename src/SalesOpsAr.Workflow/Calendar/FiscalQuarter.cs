namespace SalesOpsAr.Workflow.Calendar;

/// <summary>
/// Fiscal quarters: three months each from the fiscal year's first month (GitLab's fiscal year starts on 1 February,
/// so its quarters end on 30 April, 31 July, 31 October and 31 January).
/// </summary>
public static class FiscalQuarter
{
    /// <summary>The last day of the fiscal quarter that holds <paramref name="date"/>.</summary>
    /// <param name="fiscalYearStartMonth">The fiscal year's first month, 1 (January) to 12.</param>
    public static DateOnly LastDay(DateOnly date, int fiscalYearStartMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYearStartMonth, 12);
        var monthsIntoYear = (date.Month - fiscalYearStartMonth + 12) % 12;
        var monthsToQuarterEnd = 2 - (monthsIntoYear % 3);
        var lastMonth = new DateOnly(date.Year, date.Month, 1).AddMonths(monthsToQuarterEnd);
        return lastMonth.AddMonths(1).AddDays(-1);
    }
}
