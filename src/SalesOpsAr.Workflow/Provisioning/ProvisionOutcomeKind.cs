namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>What became of one person in one system.</summary>
public enum ProvisionOutcomeKind
{
    /// <summary>The bot created the user.</summary>
    Created,

    /// <summary>The bot reactivated the person's inactive user.</summary>
    Reactivated,

    /// <summary>An active user was there already (made by a person, by an earlier command, or by an attempt whose answer was lost).</summary>
    AlreadyThere,

    /// <summary>Not tried: the plan says what is missing or ambiguous.</summary>
    NotPlanned,

    /// <summary>The system refused it, in its own words.</summary>
    Refused,

    /// <summary>Refused for want of a seat (Salesforce's <c>LICENSE_LIMIT_EXCEEDED</c>): the AR goes on hold.</summary>
    NoSeat,

    /// <summary>The call failed (unreachable, 5xx, a lost answer): not known whether it was made; the command can be given again.</summary>
    Failed,
}
