using System.Globalization;

namespace SalesOpsAr.GitLab.Pacing;

/// <summary>
/// Honours GitLab's own view of the budget: when an answer says <c>RateLimit-Remaining: 0</c>, every call
/// waits until <c>RateLimit-Reset</c> (Unix time) before going out, instead of collecting 429s. GitLab's window is
/// a minute, so a reset further ahead than <see cref="LongestWait"/> (a clock gone wrong, a proxy, a stranger's
/// header) waits no longer than that, and one in the past not at all.
/// </summary>
public sealed class RateLimitGate(TimeProvider clock) : DelegatingHandler
{
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    private long _resumeAtUnixMilliseconds;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var wait = DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Read(ref _resumeAtUnixMilliseconds)) - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (Header(response, "RateLimit-Remaining") == 0 && Header(response, "RateLimit-Reset") is { } reset)
        {
            var now = clock.GetUtcNow();
            var resumeAt = reset > now.ToUnixTimeSeconds() + (long)LongestWait.TotalSeconds ? now + LongestWait : DateTimeOffset.FromUnixTimeSeconds(reset);
            Interlocked.Exchange(ref _resumeAtUnixMilliseconds, resumeAt.ToUnixTimeMilliseconds());
        }

        return response;
    }

    private static long? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
