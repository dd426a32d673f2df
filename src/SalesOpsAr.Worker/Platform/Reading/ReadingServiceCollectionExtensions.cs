using SalesOpsAr.Worker.Platform.Configuration;

namespace SalesOpsAr.Worker.Platform.Reading;

/// <summary>Registers the one <see cref="IArReader"/> the run mode calls for: GitLab with a token, the webhook's payload without.</summary>
internal static class ReadingServiceCollectionExtensions
{
    public static IServiceCollection AddArReading(this IServiceCollection services, RunMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        if (mode.CanRead)
        {
            services.AddScoped<IArReader, GitLabArReader>();
        }
        else
        {
            services.AddSingleton<IArReader, PayloadArReader>();
        }

        return services;
    }
}
