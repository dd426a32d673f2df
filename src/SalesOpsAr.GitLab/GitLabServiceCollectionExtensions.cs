using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.GitLab.Pacing;

namespace SalesOpsAr.GitLab;

/// <summary>Registers the typed GitLab client with auth, event-UUID forwarding and one resilience pipeline.</summary>
public static class GitLabServiceCollectionExtensions
{
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(1);

    /// <param name="identity">The meter the call counts go to and the <c>User-Agent</c> GitLab sees: the caller's.</param>
    public static IServiceCollection AddGitLabClient(this IServiceCollection services, GitLabClientIdentity identity)
    {
        services.AddSingleton(identity);
        services.AddTransient<EventUuidHandler>();
        services.AddSingleton<GitLabCallMeter>();
        services.AddTransient<CallMeterHandler>();
        services.AddTransient<RateLimitGate>();
        services.AddSingleton(sp => new NotesBudget(
            sp.GetRequiredService<IOptions<GitLabOptions>>().Value.NotesPerMinute, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddTransient<NotesGate>();
        services.AddTransient<NotesStamp>();
        services.AddSingleton(sp => new CallBudget(
            sp.GetRequiredService<IOptions<GitLabOptions>>().Value.CallsPerMinute, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddTransient<YieldGate>();
        var client = services.AddHttpClient<IGitLabClient, GitLabClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<GitLabOptions>>().Value;
                http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
                http.MaxResponseContentBufferSize = GitLabClient.MaxAnswerBytes; // a 200 MB answer is refused, not held
                if (options.HasToken)
                {
                    http.DefaultRequestHeaders.Add("PRIVATE-TOKEN", options.Token);
                }

                http.DefaultRequestHeaders.UserAgent.ParseAdd(identity.UserAgent);
            })
            // The token must never follow a redirect to another host: a redirect is an answer, not a detour.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddHttpMessageHandler<EventUuidHandler>()
            // Outside the attempts: waiting for GitLab's RateLimit-Reset (up to a minute) is no attempt timing out.
            .AddHttpMessageHandler<RateLimitGate>()
            // So is waiting for a slot of the notes budget (up to a minute),
            .AddHttpMessageHandler<NotesGate>()
            // and a trailing note's wait for a lull in the call budget.
            .AddHttpMessageHandler<YieldGate>();
        client.AddResilienceHandler("gitlab", ConfigureResilience);
        client.AddHttpMessageHandler<CallMeterHandler>(); // counts every attempt, retries included
        client.AddHttpMessageHandler<NotesStamp>(); // innermost: a note's slot is timed as the attempt leaves
        return services;
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<GitLabOptions>>().Value;
        var clock = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
        pipeline
            .AddTimeout(TimeSpan.FromMinutes(8))
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries > 0 ? options.MaxRetries : 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(60),
                // Retry-After is honoured, up to a minute (GitLab's window): Polly's own reading of it is not capped by MaxDelay.
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock)),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, args.Context)),
            })
            .AddRateLimiter(context.ServiceProvider.GetRequiredService<CallBudget>().Limiter) // inside the retry: every attempt spends the budget
            .AddTimeout(new HttpTimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(
                    args.Context.GetRequestMessage()?.Method == HttpMethod.Get ? options.RequestTimeout : options.WriteTimeout),
            });
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        return wait is null ? null : wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestRetryAfter ? LongestRetryAfter : wait;
    }

    // 429 means GitLab did nothing, so any call may be repeated. Otherwise only idempotent calls are:
    // a POSTed note that timed out may have been saved, and posting it again would duplicate it.
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        var method = outcome.Result?.RequestMessage?.Method ?? context.GetRequestMessage()?.Method;
        if (method == HttpMethod.Post)
        {
            return false;
        }

        return outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
            || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout };
    }
}
