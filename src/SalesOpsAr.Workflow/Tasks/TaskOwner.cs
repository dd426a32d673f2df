namespace SalesOpsAr.Workflow.Tasks;

/// <summary>Whose task a checkbox is.</summary>
public enum TaskOwner
{
    /// <summary>In a Sales Ops section, or in no team's section and naming a sales system.</summary>
    SalesOps,

    /// <summary>In another team's section (<c>#### IT to-do:</c>), whatever it names.</summary>
    OtherTeam,

    /// <summary>In no team's section, naming no sales system.</summary>
    Nobody,
}
