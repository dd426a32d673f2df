using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SalesOpsAr.Salesforce.Api;

namespace SalesOpsAr.Salesforce;

/// <summary>Registers the Salesforce options (checked at start), the sign-in, the budget and the typed client.</summary>
public static class SalesforceServiceCollectionExtensions
{
    /// <summary>An answer this large is refused while it streams in: a batch of 2,000 users is about 1 MB.</summary>
    public const long MaxAnswerBytes = 16 * 1024 * 1024;

    private const string SignInClient = "salesforce-signin";

    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(1);

    /// <summary>The options bound from the <c>Salesforce</c> section and checked at start, and the client.</summary>
    public static IServiceCollection AddSalesforce(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SalesforceOptions>().Bind(configuration.GetSection(SalesforceOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SalesforceOptions>, SalesforceOptionsChecks>();
        return services.AddSalesforceClient();
    }

    /// <summary>The sign-in, the budget and the typed client, for a host that binds and checks the options its own way.</summary>
    public static IServiceCollection AddSalesforceClient(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SalesforceBudget(
            sp.GetRequiredService<IOptions<SalesforceOptions>>().Value.BudgetShare, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddHttpClient(SignInClient, Configure)
            .ConfigurePrimaryHttpMessageHandler(Handler)
            .AddResilienceHandler("salesforce-signin", Resilience);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SalesforceSignIn>(sp,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(SignInClient), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddHttpClient<ISalesforceClient, SalesforceClient>(Configure)
            .ConfigurePrimaryHttpMessageHandler(Handler)
            .AddResilienceHandler("salesforce", Resilience);
        return services;
    }

    private static void Configure(HttpClient http)
    {
        http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
        http.MaxResponseContentBufferSize = MaxAnswerBytes;
        http.DefaultRequestHeaders.UserAgent.ParseAdd("SalesOpsAr.Worker");
    }

    // The token must never follow a redirect to another host: a redirect is an answer, not a detour.
    private static SocketsHttpHandler Handler() => new() { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    private static void Resilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<SalesforceOptions>>().Value;
        var clock = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
        pipeline
            .AddTimeout(TimeSpan.FromMinutes(5))
            .AddRetry(new HttpRetryStrategyOptions
            {
                // Reads only (a query, a composite of queries, a sign-in): repeating one changes nothing. A write (creating
                // users, changing one) is never repeated here: it may have been saved; its caller looks before it tries again.
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock)),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && !IsWrite(args.Context.GetRequestMessage()) && (args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
                    || args.Outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests })),
            })
            .AddTimeout(options.RequestTimeout);
    }

    private static bool IsWrite(HttpRequestMessage? request) =>
        request is null || request.Method == HttpMethod.Patch || request.Method == HttpMethod.Delete
        || (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.Contains("/sobjects", StringComparison.Ordinal) == true);

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        return wait is null ? null : wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestRetryAfter ? LongestRetryAfter : wait;
    }
}
