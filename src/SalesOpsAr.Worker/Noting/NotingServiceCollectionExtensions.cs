using SalesOpsAr.Worker.Configuration;

namespace SalesOpsAr.Worker.Noting;

/// <summary>The notes the reconciler owes: queued behind the label edits and written at GitLab's notes pace.</summary>
internal static class NotingServiceCollectionExtensions
{
    public static IServiceCollection AddNoting(this IServiceCollection services, RunMode mode)
    {
        services.AddScoped<NoteWriter>();
        if (mode.QueuesNotes)
        {
            services.AddScoped<INoteOutbox, QueuedNotes>();
        }
        else
        {
            services.AddScoped<INoteOutbox, DirectNotes>();
        }

        return services;
    }
}
