namespace SalesOpsAr.Workflow.Assisting;

/// <summary>A value a runbook needs that the AR does not give: asked of the requester.</summary>
public sealed record RunbookGap(string System, string Need)
{
    /// <summary>The people's e-mail addresses, which every invite step needs.</summary>
    public const string EmailAddresses = "e-mail addresses";
}
