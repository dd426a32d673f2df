using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace SalesOpsAr.Scim;

/// <summary>Registers the SCIM options (checked at start) and one HTTP client shared by every system's.</summary>
public static class ScimServiceCollectionExtensions
{
    /// <summary>A user or a one-user list is a few kilobytes; an answer this large is refused.</summary>
    public const long MaxAnswerBytes = 1024 * 1024;

    internal const string HttpClientName = "scim";

    public static IServiceCollection AddScim(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScimOptions>().Bind(configuration.GetSection(ScimOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScimOptions>, ScimOptionsChecks>();
        return services.AddScimClients();
    }

    /// <summary>The clients, for a host that binds and checks the options its own way.</summary>
    public static IServiceCollection AddScimClients(this IServiceCollection services)
    {
        services.AddSingleton<ScimClients>();
        services.AddHttpClient(HttpClientName, http =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
                http.MaxResponseContentBufferSize = MaxAnswerBytes;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("SalesOpsAr.Worker");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddResilienceHandler("scim", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ScimOptions>>().Value;
                pipeline
                    .AddTimeout(TimeSpan.FromMinutes(2))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        // Look-ups only: a write may have been saved, and its caller looks before it tries again.
                        MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(500),
                        ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && args.Context.GetRequestMessage()?.Method == HttpMethod.Get
                            && (args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
                                || args.Outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests })),
                    })
                    .AddTimeout(options.RequestTimeout);
            });
        return services;
    }
}
