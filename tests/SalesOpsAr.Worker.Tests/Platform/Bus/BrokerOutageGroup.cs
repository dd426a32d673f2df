namespace SalesOpsAr.Worker.Tests.Platform.Bus;

/// <summary>Tests that stop the shared RabbitMQ broker run alone, never beside tests that need it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerOutageGroup
{
    public const string Name = "broker outage";
}
