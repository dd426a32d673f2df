namespace SalesOpsAr.Scim;

/// <summary>A SCIM call that failed for good (unreachable, 5xx, refused, an answer not as RFC 7644 says); never holds a token.</summary>
public sealed class ScimException : Exception
{
    public ScimException()
    {
    }

    public ScimException(string message)
        : base(message)
    {
    }

    public ScimException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ScimException(string message, int? status, string? scimType = null, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        ScimType = scimType;
    }

    /// <summary>The HTTP status, when there was an answer.</summary>
    public int? Status { get; }

    /// <summary>RFC 7644's <c>scimType</c> (<c>uniqueness</c>, <c>invalidFilter</c>, …) when the error said one.</summary>
    public string? ScimType { get; }
}
