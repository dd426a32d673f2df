using System.Net;

namespace SalesOpsAr.GitLab.Api;

/// <summary>GitLab answered an API call with an error status (or an unreadable body) that retrying did not cure.</summary>
public sealed class GitLabApiException : GitLabException
{
    public GitLabApiException()
    {
    }

    public GitLabApiException(string message)
        : base(message)
    {
    }

    public GitLabApiException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public GitLabApiException(HttpStatusCode status, string endpoint, string? detail)
        : base($"GitLab answered {(int)status} {status} to {endpoint}{(string.IsNullOrEmpty(detail) ? "" : ": " + detail)}")
    {
        StatusCode = status;
        Endpoint = endpoint;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>401/403: the token is wrong or lacks rights; retrying will not help.</summary>
    public bool IsAuthenticationFailure => StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}
