namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>Does one kind of job taken from a <see cref="WorkQueue"/> (or handed over at once where no bus runs).</summary>
internal interface IWorkHandler<in TMessage>
    where TMessage : class
{
    /// <param name="retried">A retry or redelivery: an earlier attempt may have done part of it already.</param>
    Task HandleAsync(TMessage message, bool retried, CancellationToken cancellationToken);
}
