namespace SalesOpsAr.Worker.Contracts;

/// <summary>How one reconciliation of one AR ended.</summary>
public enum ReconcileOutcome
{
    /// <summary>The AR was already as the rules want it.</summary>
    NoChange,

    /// <summary>Labels and/or a note were written.</summary>
    Applied,

    /// <summary>A plan was decided and logged but not written (dry-run).</summary>
    DryRun,

    /// <summary>The AR does not exist, is not visible, or is no Sales Ops AR.</summary>
    Skipped,

    /// <summary>A read of the AR made after the event arrived (or about to be made) answers it: no call of its own.</summary>
    Coalesced,
}
