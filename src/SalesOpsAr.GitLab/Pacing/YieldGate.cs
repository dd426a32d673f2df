namespace SalesOpsAr.GitLab.Pacing;

/// <summary>
/// Outside the attempts: a call of a flow that <see cref="CallBudget.Yield"/>s waits for a lull in the budget's queue
/// before it joins it, so trailing notes never take a turn a label edit is waiting for.
/// </summary>
public sealed class YieldGate(CallBudget budget) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CallBudget.IsYielding)
        {
            await budget.WaitForLullAsync(cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
