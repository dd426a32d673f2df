using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Worker.Reconciling;

/// <summary>
/// The <c>Workflow</c> section. Lists left empty take the handbook's defaults
/// (<see cref="WorkflowSettings.Defaults"/>), so an override replaces a list instead of merging into it.
/// </summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    public IList<string> Dris { get; } = [];

    public IList<string> Team { get; } = [];

    public IList<string> HoldReasons { get; } = [];

    public IList<SalesSystemOptions> SalesSystems { get; } = [];

    public IList<LabelAliasOptions> LabelAliases { get; } = [];

    public IList<string> SalesOpsHeadings { get; } = [];

    public WorkflowSettings ToSettings() => new()
    {
        Dris = Usernames(Dris),
        Team = Usernames(Team),
        HoldReasons = HoldReasons.Count > 0 ? [.. HoldReasons] : WorkflowSettings.Defaults.HoldReasons,
        SalesSystems = SalesSystems.Count > 0
            ? SalesSystems.Select(s => new SalesSystem(s.Name, s.Keywords.Count > 0 ? [.. s.Keywords] : [s.Name])).ToList()
            : WorkflowSettings.Defaults.SalesSystems,
        LabelAliases = LabelAliases.Count > 0
            ? LabelAliases.ToDictionary(a => a.Alias, a => a.Label, StringComparer.Ordinal)
            : WorkflowSettings.Defaults.LabelAliases,
        SalesOpsHeadings = SalesOpsHeadings.Count > 0 ? [.. SalesOpsHeadings] : WorkflowSettings.Defaults.SalesOpsHeadings,
    };

    /// <summary>Blank entries are ignored (compose files set optional list items to empty strings).</summary>
    public static List<string> Usernames(IEnumerable<string> names) =>
        names.Select(n => n.Trim().TrimStart('@')).Where(n => n.Length > 0).ToList();
}
