using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>How a feature says which jobs it does: the bus then consumes them on the processes whose role takes the queue.</summary>
internal static class WorkServiceCollectionExtensions
{
    public static IServiceCollection AddWorkHandler<TMessage, THandler>(this IServiceCollection services, WorkQueue queue)
        where TMessage : class
        where THandler : class, IWorkHandler<TMessage>
    {
        services.TryAddScoped<THandler>(); // a handler that keeps state across jobs registers itself as a singleton first
        services.AddScoped<IWorkHandler<TMessage>>(sp => sp.GetRequiredService<THandler>());
        services.AddSingleton(new WorkRegistration(
            typeof(TMessage),
            queue,
            bus => bus.AddConsumer<WorkConsumer<TMessage>, WorkConsumerDefinition<TMessage>>()));
        return services;
    }
}
