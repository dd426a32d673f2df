using RabbitMQ.Client;

namespace SalesOpsAr.Worker.Platform.Locking;

/// <summary>One stripe of <see cref="BrokerArLock"/> as this process holds it: by how many of its ARs, on which channel and consumer.</summary>
internal sealed class LockStripe(int number)
{
    public int Number { get; } = number;

    public int Holders { get; set; } = 1;

    /// <summary>Completes once the broker has made this process the stripe's consumer (or failed to).</summary>
    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IConnection? Connection { get; set; }

    public IChannel? Channel { get; set; }

    public string? ConsumerTag { get; set; }

    /// <summary>Set once the last holder lets go; completes when the broker has dropped the consumer.</summary>
    public TaskCompletionSource? Released { get; set; }
}
