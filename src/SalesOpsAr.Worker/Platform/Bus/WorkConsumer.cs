using MassTransit;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>Hands each message of its kind to the feature's handler; retries and the error queue are the bus's.</summary>
internal sealed class WorkConsumer<TMessage>(IWorkHandler<TMessage> handler) : IConsumer<TMessage>
    where TMessage : class
{
    public Task Consume(ConsumeContext<TMessage> context) =>
        handler.HandleAsync(context.Message, retried: context.GetRetryAttempt() > 0 || context.ReceiveContext.Redelivered, context.CancellationToken);
}
