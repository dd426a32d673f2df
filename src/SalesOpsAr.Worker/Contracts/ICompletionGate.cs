using SalesOpsAr.Workflow.Reconciling;

namespace SalesOpsAr.Worker.Contracts;

/// <summary>
/// Asked before the bot completes an AR because every Sales Ops task is ticked (#24): whether a verification finds an
/// account missing. None listening (no connector configured), nothing is asked.
/// </summary>
public interface ICompletionGate
{
    bool Listening { get; }

    /// <summary>True when the AR must not be completed yet. <paramref name="mayWrite"/> false: only what GitLab already records is read.</summary>
    Task<bool> WithholdsAsync(ArSnapshot ar, bool mayWrite, CancellationToken cancellationToken);
}
