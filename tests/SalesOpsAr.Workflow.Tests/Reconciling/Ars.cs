using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Settings;

namespace SalesOpsAr.Workflow.Tests.Reconciling;

/// <summary>Builders for the ARs and settings the rule tests read.</summary>
internal static class Ars
{
    public static WorkflowSettings Settings { get; } = new()
    {
        Dris = ["amber", "meri"],
        Team = ["jdoe", "ksmith"],
    };

    public const string TemplateDescription = """
        ## Baseline entitlements for a new Account Executive

        #### Manager to-do:
        * [x] Approve this request

        #### IT to-do:
        * [ ] Okta: add to group
        * [x] Google Workspace: account

        #### Sales to-do:
        * [ ] Salesforce: Account Executive profile
        * [ ] Chorus: recorder licence
        * [ ] Clari: forecast user

        /confidential
        /label ~"NewAccessRequest" ~"ReadyForProvisioning" ~"BaselineEntitlementAR"
        """;

    public const string ManualSfdcDescription = """
        Full Name, SFDC, Account Executive

        - [ ] SFDC: Account Executive profile
          Justification: new territory.
        """;

    public const string NonSalesDescription = """
        - [ ] Okta: add to engineering group
        - [ ] 1Password: vault access
        """;

    public static ArSnapshot Ar(
        string description = ManualSfdcDescription,
        string[]? labels = null,
        string[]? assignees = null,
        bool open = true,
        int notes = 0) => new()
        {
            ProjectId = 42,
            Iid = 7,
            Title = "Full Name, SFDC, Account Executive",
            Description = description,
            Labels = labels ?? [],
            Assignees = assignees ?? [],
            IsOpen = open,
            UserNotesCount = notes,
        };

    public static ArHints Hints(EventAction action = EventAction.Update, string[]? added = null, string[]? removed = null) =>
        new() { Action = action, LabelsAdded = added ?? [], LabelsRemoved = removed ?? [] };
}
