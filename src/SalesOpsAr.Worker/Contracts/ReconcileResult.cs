using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Contracts;

/// <summary>What reconciling one AR decided and did.</summary>
public sealed record ReconcileResult(ReconcileOutcome Outcome, Plan Plan);
