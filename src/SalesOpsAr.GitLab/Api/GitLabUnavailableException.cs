namespace SalesOpsAr.GitLab.Api;

/// <summary>GitLab gave no answer (refused connection, DNS, TLS, every attempt timed out, budget queue full).</summary>
public sealed class GitLabUnavailableException : GitLabException
{
    public GitLabUnavailableException()
    {
    }

    public GitLabUnavailableException(string message)
        : base(message)
    {
    }

    public GitLabUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
