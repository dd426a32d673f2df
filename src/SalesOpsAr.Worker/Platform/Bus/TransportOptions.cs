using System.ComponentModel.DataAnnotations;
using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>The <c>Transport</c> section: in-memory or RabbitMQ, and how much runs at once.</summary>
public sealed class TransportOptions
{
    public const string Section = "Transport";

    public TransportKind Kind { get; set; } = TransportKind.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>
    /// Put before every exchange and queue name, so several deployments (or test runs) can share a
    /// broker without receiving each other's messages. Empty by default.
    /// </summary>
    public string EntityPrefix { get; set; } = "";

    /// <summary>
    /// Declare the queues (work, error and skipped) as quorum queues, replicated across a RabbitMQ cluster
    /// so the loss of one node loses no message. Needs RabbitMQ 3.8+; switching an existing queue's type
    /// means deleting it first (see docs/operations.md).
    /// </summary>
    public bool QuorumQueues { get; set; }

    /// <summary>Messages handled at once by this process (events for one AR still go one at a time).</summary>
    [Range(1, 1000)]
    public int ConcurrentMessageLimit { get; set; } = 16;

    /// <summary>In-process retries of a failing message before it moves to the error queue.</summary>
    [Range(0, 20)]
    public int Retries { get; set; } = 5;

    /// <summary>The first retry's delay; each next one doubles, up to 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the receiver waits for the broker's confirm before answering 503 (GitLab waits 10 s for an answer).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:09")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
