using SalesOpsAr.Workflow.Assisting;

namespace SalesOpsAr.Workflow.Tests.Assisting;

/// <summary>The handbook's runbooks as the shipped runbooks file states them, and ARs as people write them.</summary>
internal static class Runbooks
{
    public static Runbook Chorus { get; } = new()
    {
        System = "Chorus",
        Needs = ["Role", "Team", "License Type"],
        Steps =
        [
            "In Chorus' settings, click **User Management**, then **Invite New User**.",
            "Enter the emails separated by commas and click **Add To List**: {emails}",
            "Set Role {Role}, Team {Team} and License Type {License Type}.",
            "Click **Send Invites**.",
        ],
    };

    public static Runbook DataFox { get; } = new()
    {
        System = "DataFox",
        Defaults = new Dictionary<string, string> { ["Status"] = "Member", ["Bulk Sync Accounts"] = "yes" },
        Steps =
        [
            "In DataFox, **Team Management** → **Invite Your Team**: {emails}, then **Send Invitations**.",
            "Status {Status}; Bulk Sync Accounts {Bulk Sync Accounts}.",
        ],
    };

    public static Runbook Clari { get; } = new() { System = "Clari" };

    public const string TwoPeopleChorusAndDataFox = """
        ## Access for two new SDRs

        | Name | Email | Title | Region |
        |------|-------|-------|--------|
        | Jane Doe | jane.doe@example.com | Sales Development Rep | EMEA |
        | John Roe | john.roe@example.com | Sales Development Rep | EMEA |

        #### Manager to-do:
        * [x] Approve this request

        ### Sales Ops
        * [ ] Chorus: recorder seat
        * [ ] DataFox: invite
        """;
}
