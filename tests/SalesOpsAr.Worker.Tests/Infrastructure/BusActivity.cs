using System.Collections.Concurrent;
using MassTransit;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>
/// What a host's bus is doing: every message it sent that no receive has finished yet, and every receive under way
/// (retries included). Idle is the signal a "nothing more happens" check waits for, instead of a fixed sleep.
/// </summary>
public sealed class BusActivity : ISendObserver, IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, byte> _outstanding = new();
    private int _receiving;
    private long _finished;

    /// <summary>No message sent by this host waits or is being handled.</summary>
    public bool IsIdle => Volatile.Read(ref _receiving) == 0 && _outstanding.IsEmpty;

    /// <summary>Receives finished (handled or faulted), for tests that wait for a count.</summary>
    public long Finished => Interlocked.Read(ref _finished);

    public string Describe() => $"{_outstanding.Count} message(s) waiting, {Volatile.Read(ref _receiving)} being handled";

    public Task PreSend<T>(SendContext<T> context)
        where T : class
    {
        if (context.MessageId is { } id)
        {
            _outstanding[id] = 0; // before it can arrive: a fast consumer must not finish a message not yet counted
        }

        return Task.CompletedTask;
    }

    public Task PostSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class
    {
        if (context.MessageId is { } id)
        {
            _outstanding.TryRemove(id, out _);
        }

        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref _receiving);
        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context) => Done(context);

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Done(context);

    private Task Done(ReceiveContext context)
    {
        if (context.TryGetPayload<ConsumeContext>(out var consumed) && consumed.MessageId is { } id)
        {
            _outstanding.TryRemove(id, out _);
        }
        else if (context.GetMessageId() is { } raw)
        {
            _outstanding.TryRemove(raw, out _);
        }

        Interlocked.Increment(ref _finished);
        Interlocked.Decrement(ref _receiving);
        return Task.CompletedTask;
    }
}
