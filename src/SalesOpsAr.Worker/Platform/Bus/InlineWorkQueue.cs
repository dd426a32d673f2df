namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>
/// Does the job at once, in the caller's scope: for a process with no bus to queue on (<c>sweep --once</c>), or an
/// in-memory bus whose process has no reconciler to consume the queue.
/// </summary>
internal sealed class InlineWorkQueue(IServiceProvider services) : IWorkQueue
{
    public Task SendAsync<TMessage>(TMessage message, CancellationToken cancellationToken)
        where TMessage : class =>
        services.GetRequiredService<IWorkHandler<TMessage>>().HandleAsync(message, retried: false, cancellationToken);
}
