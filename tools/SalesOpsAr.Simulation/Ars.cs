namespace SalesOpsAr.Simulation;

/// <summary>Real-shaped AR descriptions and the canonical labels, for host tests.</summary>
public static class Ars
{
    public const string ActionNeeded = "SalesOpsAR::Action Needed";
    public const string InProgress = "SalesOpsAR::In Progress";
    public const string OnHold = "SalesOpsAR::On Hold";
    public const string Completed = "SalesOpsAR::Completed";
    public const string HoldReason = "SalesOPS: Waiting on SFDC License";

    public const string Template = """
        ## Baseline entitlements for a new Account Executive

        #### Manager to-do:
        * [x] Approve this request

        #### IT to-do:
        * [ ] Okta: add to sales group

        #### Sales to-do:
        * [ ] Salesforce: Account Executive profile
        * [ ] Chorus: recorder licence
        """;

    /// <summary>The template as the onboarding tooling files it, CC'ing the DRIs in its own text.</summary>
    public const string TemplateCcd = Template + "\n\ncc @amber @meri";

    public const string NonSales = """
        Full Name, Okta and 1Password, Engineer

        - [ ] Okta: add to engineering group
        - [ ] 1Password: engineering vault
        """;

    public static string Ticked(string description) => description.Replace("[ ]", "[x]", StringComparison.Ordinal);
}
