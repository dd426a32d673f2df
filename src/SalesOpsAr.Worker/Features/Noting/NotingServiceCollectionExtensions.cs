using SalesOpsAr.Worker.Contracts;
using SalesOpsAr.Worker.Platform.Bus;

namespace SalesOpsAr.Worker.Features.Noting;

/// <summary>The notes the reconciler owes: queued behind the label edits and written at GitLab's notes pace.</summary>
internal static class NotingServiceCollectionExtensions
{
    public static IServiceCollection AddNoting(this IServiceCollection services)
    {
        services.AddSingleton<NoteTurn>();
        return services.AddWorkHandler<PlanNoteOwed, NoteWriter>(WorkQueue.Notes);
    }
}
