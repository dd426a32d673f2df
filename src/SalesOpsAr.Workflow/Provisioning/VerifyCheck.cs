namespace SalesOpsAr.Workflow.Provisioning;

/// <summary>Whether one person has an active account in one system, as read back.</summary>
public enum VerifyCheck
{
    /// <summary>An active account, with the profile the plan said where the system has profiles.</summary>
    Present,

    /// <summary>No account, an inactive one, or one with another profile than the plan said.</summary>
    Missing,

    /// <summary>The system has no connector here: a person checks it.</summary>
    NotConnected,

    /// <summary>The system could not be read just now.</summary>
    Unknown,
}
