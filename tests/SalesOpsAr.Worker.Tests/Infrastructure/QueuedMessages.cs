using MassTransit;
using SalesOpsAr.Worker.Contracts;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// Counts the <see cref="ArChanged"/> messages a host's receiver put on the bus. The receiver answers only
/// after its send is confirmed, so right after an answer this count is final for that delivery.
/// </summary>
public sealed class QueuedMessages : ISendObserver
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context)
        where T : class
    {
        if (context.Message is ArChanged)
        {
            Interlocked.Increment(ref _count);
        }

        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
