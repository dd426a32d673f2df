using System.Globalization;

namespace SalesOpsAr.GitLab.Api;

/// <summary>
/// Honours GitLab's own view of the budget: when an answer says <c>RateLimit-Remaining: 0</c>, every call
/// waits until <c>RateLimit-Reset</c> (Unix time) before going out, instead of collecting 429s.
/// </summary>
public sealed class RateLimitGate(TimeProvider clock) : DelegatingHandler
{
    private long _resumeAtUnixSeconds;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var wait = DateTimeOffset.FromUnixTimeSeconds(Interlocked.Read(ref _resumeAtUnixSeconds)) - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait < TimeSpan.FromMinutes(1) ? wait : TimeSpan.FromMinutes(1), clock, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (Header(response, "RateLimit-Remaining") == 0 && Header(response, "RateLimit-Reset") is { } reset)
        {
            Interlocked.Exchange(ref _resumeAtUnixSeconds, reset);
        }

        return response;
    }

    private static long? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
