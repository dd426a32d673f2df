using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Contracts;

/// <summary>Brings one AR in line with the rules: what the sweep calls to heal an AR whose webhook was lost.</summary>
public interface IArReconciler
{
    /// <summary>Reconciles an AR read in a listing; deciding on the listed copy is free, a change reads it fresh first.</summary>
    Task<ReconcileResult> ReconcileAsync(ArSnapshot listed, bool dryRun, CancellationToken cancellationToken);
}
