using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>
/// The <c>Workflow</c> section. Lists left empty take the handbook's defaults
/// (<see cref="WorkflowSettings.Defaults"/>), so an override replaces a list instead of merging into it.
/// </summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    public IList<string> Dris { get; } = [];

    public IList<string> Team { get; } = [];

    /// <summary>Labels that hold an AR, with their reason and release; empty: the handbook's SFDC licence and the manager's approval.</summary>
    public IList<HoldLabelOptions> HoldLabels { get; } = [];

    /// <summary>Plain hold labels without a reason of their own (the older, simpler form; added to <see cref="HoldLabels"/>).</summary>
    public IList<string> HoldReasons { get; } = [];

    /// <summary>The opt-out label; empty: <c>SalesOpsAR::Not Needed</c>.</summary>
    public string NotNeededLabel { get; set; } = "";

    /// <summary>Words that make a heading some team's section; empty: to-do, todo, to do.</summary>
    public IList<string> TeamSectionMarkers { get; } = [];

    public IList<SalesSystemOptions> SalesSystems { get; } = [];

    public IList<LabelAliasOptions> LabelAliases { get; } = [];

    public IList<string> SalesOpsHeadings { get; } = [];

    /// <summary>An AR entering Action Needed without a due date gets the last day of the current fiscal quarter.</summary>
    public bool DueDateOnActionNeeded { get; set; } = true;

    /// <summary>The fiscal year's first month, 1–12 (GitLab's: 2, February).</summary>
    public int FiscalYearStartMonth { get; set; } = 2;

    public WorkflowSettings ToSettings() => new()
    {
        Dris = Usernames(Dris),
        Team = Usernames(Team),
        HoldLabels = HoldLabels.Count + HoldReasons.Count(r => r.Trim().Length > 0) > 0
            ? [.. HoldLabels.Where(h => h.Label.Trim().Length > 0).Select(h => new HoldLabel(
                h.Label.Trim(),
                h.Reason.Trim().Length > 0 ? h.Reason.Trim() : $"the hold label \"{h.Label.Trim()}\" is set",
                h.ReleasedBy.Trim().Length > 0 ? h.ReleasedBy.Trim() : null)),
              .. HoldReasons.Where(r => r.Trim().Length > 0).Select(r => new HoldLabel(r.Trim(), $"the hold reason \"{r.Trim()}\" is set"))]
            : WorkflowSettings.Defaults.HoldLabels,
        NotNeededLabel = NotNeededLabel.Trim().Length > 0 ? NotNeededLabel.Trim() : WorkflowSettings.Defaults.NotNeededLabel,
        TeamSectionMarkers = TeamSectionMarkers.Any(m => m.Trim().Length > 0) ? [.. TeamSectionMarkers.Where(m => m.Trim().Length > 0).Select(m => m.Trim())] : WorkflowSettings.Defaults.TeamSectionMarkers,
        SalesSystems = SalesSystems.Count > 0
            ? SalesSystems.Select(s => new SalesSystem(s.Name, s.Keywords.Count > 0 ? [.. s.Keywords] : [s.Name])).ToList()
            : WorkflowSettings.Defaults.SalesSystems,
        LabelAliases = LabelAliases.Count > 0
            ? LabelAliases.ToDictionary(a => a.Alias, a => a.Label, StringComparer.Ordinal)
            : WorkflowSettings.Defaults.LabelAliases,
        SalesOpsHeadings = SalesOpsHeadings.Count > 0 ? [.. SalesOpsHeadings] : WorkflowSettings.Defaults.SalesOpsHeadings,
        DueDateOnActionNeeded = DueDateOnActionNeeded,
        FiscalYearStartMonth = FiscalYearStartMonth,
    };

    /// <summary>Blank entries are ignored (compose files set optional list items to empty strings).</summary>
    public static List<string> Usernames(IEnumerable<string> names) =>
        names.Select(n => n.Trim().TrimStart('@')).Where(n => n.Length > 0).ToList();
}
