namespace SalesOpsAr.Worker.Platform.Locking;

/// <summary>The AR locks: one AR's work at a time in this process, and across processes on RabbitMQ.</summary>
internal static class LockingServiceCollectionExtensions
{
    public static IServiceCollection AddArLocks(this IServiceCollection services)
    {
        services.AddSingleton<KeyedLock<(long ProjectId, long Iid)>>();
        services.AddSingleton<BrokerArLock>();
        services.AddSingleton<ArLock>();
        return services;
    }
}
