namespace SalesOpsAr.GitLab.Api;

/// <summary>A GitLab API call that did not succeed: refused (<see cref="GitLabApiException"/>) or unanswered (<see cref="GitLabUnavailableException"/>).</summary>
public abstract class GitLabException : Exception
{
    protected GitLabException()
    {
    }

    protected GitLabException(string message)
        : base(message)
    {
    }

    protected GitLabException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The call, as <c>GET issue</c>; null when not known.</summary>
    public string? Endpoint { get; init; }
}
