using MassTransit;
using SalesOpsAr.GitLab.Api;

namespace SalesOpsAr.Worker.Platform.Bus;

/// <summary>
/// What every queue of the service does with a message that fails: a few in-process retries with backoff (the broker
/// has no delayed redelivery), none for a refused token or a request GitLab refused (neither heals by retrying), then the <c>_error</c> queue
/// with the exception attached. Quorum queues when <c>Transport:QuorumQueues</c>.
/// </summary>
internal static class ReceivePolicy
{
    public static void Apply(IReceiveEndpointConfigurator endpoint, TransportOptions transport)
    {
        if (transport.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }

        endpoint.UseMessageRetry(retry =>
        {
            retry.Ignore<GitLabApiException>(e => e.IsAuthenticationFailure);
            // GitLab refused the request itself (400, 413, 422…): the same request is refused again; only 408 and 429 may pass.
            retry.Ignore<GitLabApiException>(e => e.StatusCode is { } s && (int)s is >= 400 and < 500
                && s is not (System.Net.HttpStatusCode.RequestTimeout or System.Net.HttpStatusCode.TooManyRequests));
            var first = transport.RetryInterval;
            var max = first > TimeSpan.FromSeconds(30) ? first : TimeSpan.FromSeconds(30);
            retry.Exponential(transport.Retries, first, max, first);
        });
    }
}
