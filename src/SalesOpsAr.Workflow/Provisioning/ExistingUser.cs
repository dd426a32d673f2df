namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>Whether the system has a user of the planned username already, as last looked up.</summary>
public enum ExistingUser
{
    /// <summary>None found, or not looked up.</summary>
    None,

    /// <summary>An active user: nothing to create.</summary>
    Active,

    /// <summary>An inactive user: the bot would reactivate it.</summary>
    Inactive,
}
