namespace SalesOpsAr.Workflow.Settings;

/// <summary>Who is who and which words matter: the configuration the rules read.</summary>
public sealed record WorkflowSettings
{
    /// <summary>Provisioning DRIs (GitLab usernames, no @), CC'd on every new AR.</summary>
    public required IReadOnlyList<string> Dris { get; init; }

    /// <summary>Sales Ops team members (GitLab usernames); an AR is assigned when one of them is.</summary>
    public required IReadOnlyList<string> Team { get; init; }

    /// <summary>Plain labels that explain an On Hold.</summary>
    public IReadOnlyList<string> HoldReasons { get; init; } = Defaults.HoldReasons;

    public IReadOnlyList<SalesSystem> SalesSystems { get; init; } = Defaults.SalesSystems;

    /// <summary>Misspelled label title → canonical state label title.</summary>
    public IReadOnlyDictionary<string, string> LabelAliases { get; init; } = Defaults.LabelAliases;

    /// <summary>Words that make a Markdown heading a Sales Ops section of the task list.</summary>
    public IReadOnlyList<string> SalesOpsHeadings { get; init; } = Defaults.SalesOpsHeadings;

    /// <summary>The handbook's values, used when configuration says nothing.</summary>
    public static class Defaults
    {
        public static IReadOnlyList<string> HoldReasons { get; } = ["SalesOPS: Waiting on SFDC License"];

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
