using MassTransit;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Reconciling;

/// <summary>Hands each <see cref="ArChanged"/> to the reconciler; retries and the error queue are the bus's.</summary>
internal sealed class ArChangedConsumer(ArReconciler reconciler) : IConsumer<ArChanged>
{
    public Task Consume(ConsumeContext<ArChanged> context) =>
        reconciler.ReconcileAsync(context.Message, retried: context.GetRetryAttempt() > 0 || context.ReceiveContext.Redelivered, context.CancellationToken);
}
