namespace SalesOpsAr.Workflow.Licences;

/// <summary>The handbook's hold for a Salesforce seat, and the system whose tasks need one.</summary>
public static class LicenceHold
{
    /// <summary>"SalesOPS: Waiting on SFDC License — a reason an AR might be on hold."</summary>
    public const string Label = "SalesOPS: Waiting on SFDC License";

    /// <summary>The workflow's name for Salesforce among its systems (<c>Salesforce</c>, also written <c>SFDC</c> in ARs).</summary>
    public const string System = "Salesforce";
}
