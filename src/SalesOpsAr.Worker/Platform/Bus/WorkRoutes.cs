namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>Which queue each kind of job travels on, from the features' registrations.</summary>
internal sealed class WorkRoutes(IEnumerable<WorkRegistration> registrations)
{
    private readonly Dictionary<Type, WorkQueue> _queues = registrations.ToDictionary(r => r.Message, r => r.Queue);

    public WorkQueue QueueOf(Type message) =>
        _queues.TryGetValue(message, out var queue)
            ? queue
            : throw new InvalidOperationException($"No queue carries {message.Name}: register its handler with AddWorkHandler.");
}
