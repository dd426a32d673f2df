namespace SalesOpsAr.Workflow.Settings;

/// <summary>Who is who and which words matter: the configuration the rules read.</summary>
public sealed record WorkflowSettings
{
    /// <summary>Provisioning DRIs (GitLab usernames, no @), CC'd on every new AR.</summary>
    public required IReadOnlyList<string> Dris { get; init; }

    /// <summary>Sales Ops team members (GitLab usernames); an AR is assigned when one of them is.</summary>
    public required IReadOnlyList<string> Team { get; init; }

    /// <summary>Labels that hold an AR (On Hold) while present: Sales Ops' own reasons, and the approvals it waits for.</summary>
    public IReadOnlyList<HoldLabel> HoldLabels { get; init; } = Defaults.HoldLabels;

    /// <summary>Takes an AR off the workflow: no state beside it, no nudge.</summary>
    public string NotNeededLabel { get; init; } = Defaults.NotNeededLabel;

    public IReadOnlyList<SalesSystem> SalesSystems { get; init; } = Defaults.SalesSystems;

    /// <summary>Misspelled label title → canonical state label title.</summary>
    public IReadOnlyDictionary<string, string> LabelAliases { get; init; } = Defaults.LabelAliases;

    /// <summary>Words that make a heading a Sales Ops section of the task list (its sub-headings included).</summary>
    public IReadOnlyList<string> SalesOpsHeadings { get; init; } = Defaults.SalesOpsHeadings;

    /// <summary>Words that make a heading some team's section (<c>#### IT to-do:</c>): its tasks are that team's.</summary>
    public IReadOnlyList<string> TeamSectionMarkers { get; init; } = Defaults.TeamSectionMarkers;

    /// <summary>An AR entering Action Needed without a due date gets the current fiscal quarter's last day.</summary>
    public bool DueDateOnActionNeeded { get; init; } = true;

    /// <summary>The fiscal year's first month (1–12); GitLab's starts in February.</summary>
    public int FiscalYearStartMonth { get; init; } = 2;

    /// <summary>The handbook's values, used when configuration says nothing.</summary>
    public static class Defaults
    {
        public static IReadOnlyList<HoldLabel> HoldLabels { get; } =
        [
            new("SalesOPS: Waiting on SFDC License", "waiting on an SFDC licence"),
            new("AR-Approval::Needs Manager Approval", "waiting for the manager's approval", ReleasedBy: "AR-Approval::Manager Approved"),
        ];

        public const string NotNeededLabel = "SalesOpsAR::Not Needed";

        public static IReadOnlyList<string> TeamSectionMarkers { get; } = ["to-do", "todo", "to do"];

        public static IReadOnlyList<SalesSystem> SalesSystems { get; } =
        [
            new("Salesforce", ["Salesforce", "SFDC"]),
            new("Chorus", ["Chorus"]),
            new("Clari", ["Clari"]),
            new("DataFox", ["DataFox"]),
        ];

        public static IReadOnlyDictionary<string, string> LabelAliases { get; } = new Dictionary<string, string>
        {
            ["SaelsOpsAR::Action Needed"] = "SalesOpsAR::Action Needed",
            ["SaelsOpsAR::In Progress"] = "SalesOpsAR::In Progress",
            ["SaelsOpsAR::On Hold"] = "SalesOpsAR::On Hold",
            ["SaelsOpsAR::Completed"] = "SalesOpsAR::Completed",
            ["SalesOpsAR::Complete"] = "SalesOpsAR::Completed",
            ["SalesOpsAR::Done"] = "SalesOpsAR::Completed",
        };

        public static IReadOnlyList<string> SalesOpsHeadings { get; } =
            ["Sales Ops", "SalesOps", "Sales Operations", "Sales to-do", "Sales todo"];
    }
}
