using System.Collections.Concurrent;
using SalesOpsAr.Worker.Platform.Bus;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>The work queue of a unit test: keeps every job sent, in order, and does none of them.</summary>
internal sealed class RecordingWork : IWorkQueue
{
    private readonly ConcurrentQueue<object> _sent = new();

    public IReadOnlyList<object> Sent => [.. _sent];

    public IReadOnlyList<T> SentOf<T>() => [.. _sent.OfType<T>()];

    public Task SendAsync<TMessage>(TMessage message, CancellationToken cancellationToken)
        where TMessage : class
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
