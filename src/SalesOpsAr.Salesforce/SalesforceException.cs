using System.Net;

namespace SalesOpsAr.Salesforce;

/// <summary>A Salesforce call that failed for good; the message never holds a token, secret or key.</summary>
public sealed class SalesforceException : Exception
{
    public SalesforceException()
    {
    }

    public SalesforceException(string message)
        : base(message)
    {
    }

    public SalesforceException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SalesforceException(SalesforceFailure failure, string message, HttpStatusCode? status = null, string? errorCode = null, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        StatusCode = status;
        ErrorCode = errorCode;
    }

    public SalesforceFailure Failure { get; } = SalesforceFailure.Unavailable;

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Salesforce's own <c>errorCode</c> (<c>INVALID_SESSION_ID</c>, <c>MALFORMED_QUERY</c>, …) or OAuth's <c>error</c>.</summary>
    public string? ErrorCode { get; }
}
