using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Workflow.Settings;
using SalesOpsAr.Workflow.Tasks;

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

    /// <summary>The example: under <c>### Sales Ops</c>, the <c>#### Chorus</c> items are Sales Ops' too.</summary>
    public const string ChorusSubsection = """
        ## Access for a new SDR

        ### Sales Ops
        * [x] Salesforce: SDR profile
        #### Chorus
        * [ ] Role, Team and License Type set
        * [ ] Send Invites

        ### IT
        * [x] Okta: account
        """;

    public const string BoldHeadings = """
        **Manager to-do:**
        - [x] Approve

        **Sales Ops to-do:**
        - [ ] Create the user
        - [ ] Assign the territory

        __IT to-do__
        - [ ] Laptop
        """;

    public const string ColonHeading = """
        Hello team, please set me up.

        Sales Ops tasks:
        - [ ] Create the user
        - [ ] Add to the forecast hierarchy
        """;

    /// <summary>IT's task names a sales system; it is still IT's. Sales Ops' own task is open.</summary>
    public const string ItTaskNamesSalesforce = """
        #### IT to-do:
        * [x] Okta: add the Salesforce SSO tile

        #### Sales to-do:
        * [ ] Salesforce: Account Executive profile
        """;

    /// <summary>Only IT's tasks, one naming a sales system, all ticked.</summary>
    public const string OnlyItTasks = """
        #### IT to-do:
        * [x] Okta: add the Salesforce SSO tile
        * [x] Google Workspace: account
        """;

    public const string ProseOnly = """
        Engineer joining the platform team. No Salesforce access needed.

        - [ ] Okta: engineering group
        - [ ] 1Password: vault
        """;

    public static ArSnapshot Ar(
        string description = ManualSfdcDescription,
        string[]? labels = null,
        string[]? assignees = null,
        bool open = true,
        int notes = 1) => new()
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

    public static ArHints Hints(
        EventAction action = EventAction.Update, string[]? added = null, string[]? removed = null, TaskChange tasks = TaskChange.None, bool assignees = false) =>
        new() { Action = action, LabelsAdded = added ?? [], LabelsRemoved = removed ?? [], TaskChange = tasks, AssigneesChanged = assignees };

    /// <summary>What the host would have read: nobody mentioned in the notes, and whether the current state is a person's standing decision.</summary>
    public static ArContext Read(bool? stands = null, params string[] mentioned) =>
        new() { MentionedInNotes = new HashSet<string>(mentioned, StringComparer.OrdinalIgnoreCase), DecisionStands = stands };

    /// <summary>Read, with both DRIs CC'd by an earlier note.</summary>
    public static ArContext Ccd(bool? stands = null) => Read(stands, "amber", "meri");

    /// <summary>Ticks every box of a description.</summary>
    public static string AllTicked(string description) =>
        description.Replace("[ ]", "[x]", StringComparison.Ordinal);
}
