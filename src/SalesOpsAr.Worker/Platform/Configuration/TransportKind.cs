namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>Where messages travel: inside the process, or through a RabbitMQ broker.</summary>
public enum TransportKind
{
    InMemory,
    RabbitMq,
}
