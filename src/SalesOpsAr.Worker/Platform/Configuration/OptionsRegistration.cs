using Microsoft.Extensions.Options;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>Binds an options section and validates it at start: data annotations by a generated validator, the rest by hand-written checks.</summary>
internal static class OptionsRegistration
{
    /// <summary>A section without data annotations: hand-written checks only.</summary>
    public static IServiceCollection AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().Bind(section.Length == 0 ? configuration : configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton(new ConfiguredSection(section, sp => _ = sp.GetRequiredService<IOptions<TOptions>>().Value));
        return services;
    }

    /// <typeparam name="TOptions">The options class the section binds to.</typeparam>
    /// <typeparam name="TAnnotations">The source-generated <c>[OptionsValidator]</c> of the section's data annotations.</typeparam>
    public static IServiceCollection AddValidatedOptions<TOptions, TAnnotations>(
        this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TAnnotations : class, IValidateOptions<TOptions>, new()
    {
        services.AddSingleton<IValidateOptions<TOptions>>(new TAnnotations());
        return services.AddValidatedOptions<TOptions>(configuration, section);
    }

    /// <summary>Adds a hand-written check (fields that need each other, list items, roles) to a section.</summary>
    public static IServiceCollection AddOptionsCheck<TOptions, TCheck>(this IServiceCollection services)
        where TOptions : class
        where TCheck : class, IValidateOptions<TOptions>
    {
        services.AddSingleton<IValidateOptions<TOptions>, TCheck>();
        return services;
    }
}
