using MassTransit;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Noting;

/// <summary>Posts each owed note; retries and the error queue are the bus's, as for the AR messages.</summary>
internal sealed class NoteOwedConsumer(NoteWriter writer) : IConsumer<NoteOwed>
{
    public Task Consume(ConsumeContext<NoteOwed> context) =>
        writer.WriteAsync(context.Message, retried: context.GetRetryAttempt() > 0 || context.ReceiveContext.Redelivered, context.CancellationToken);
}
