namespace SalesOpsAr.Worker.Features.Reconciling;

/// <summary>Which change a reconcile attempt writes (the key in its note's marker) and whether an earlier attempt may have written it.</summary>
internal sealed record Attempt(string? Key, bool Retried)
{
    /// <summary>A sweep heals in process: no message, no retry.</summary>
    public static Attempt Sweep { get; } = new(null, false);
}
