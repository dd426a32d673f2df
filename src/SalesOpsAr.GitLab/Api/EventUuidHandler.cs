namespace SalesOpsAr.GitLab.Api;

/// <summary>Adds the current <see cref="GitLabEventContext.EventUuid"/> to outgoing GitLab API calls.</summary>
public sealed class EventUuidHandler : DelegatingHandler
{
    public const string HeaderName = "X-Gitlab-Event-UUID";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (GitLabEventContext.EventUuid is { Length: > 0 } uuid && !request.Headers.Contains(HeaderName))
        {
            request.Headers.TryAddWithoutValidation(HeaderName, uuid);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
