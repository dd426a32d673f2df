using MassTransit;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>One kind of job a feature handles, and its queue: collected by <see cref="BusServiceCollectionExtensions.AddBus"/>.</summary>
internal sealed record WorkRegistration(Type Message, WorkQueue Queue, Action<IBusRegistrationConfigurator> AddConsumer);
