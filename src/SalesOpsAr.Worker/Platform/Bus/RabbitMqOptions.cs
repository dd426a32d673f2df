namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>The <c>Transport:RabbitMq</c> section.</summary>
public sealed class RabbitMqOptions
{
    /// <summary><c>amqp://user:pass@host:port/vhost</c>.</summary>
    public string Uri { get; set; } = "";
}
