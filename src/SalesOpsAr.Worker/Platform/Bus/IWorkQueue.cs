namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>Where a feature leaves a job for another: on its durable queue when a bus runs, else done at once.</summary>
internal interface IWorkQueue
{
    Task SendAsync<TMessage>(TMessage message, CancellationToken cancellationToken)
        where TMessage : class;
}
