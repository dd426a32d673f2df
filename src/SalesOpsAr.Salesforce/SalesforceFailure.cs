namespace SalesOpsAr.Salesforce;

/// <summary>Kinds of Salesforce trouble, one log line and one status-page line each (never one per AR).</summary>
public enum SalesforceFailure
{
    /// <summary>The sign-in was refused (400 <c>invalid_grant</c>/<c>invalid_client</c>): the connected app, the user or the key.</summary>
    SignInRefused,

    /// <summary>401 <c>INVALID_SESSION_ID</c> again right after a fresh sign-in.</summary>
    SessionRefused,

    /// <summary>403 <c>REQUEST_LIMIT_EXCEEDED</c>: the org's daily allowance is spent.</summary>
    LimitExceeded,

    /// <summary>This service's share of the daily allowance (<c>Salesforce__BudgetShare</c>) is used: it stopped calling.</summary>
    ShareReached,

    /// <summary>Salesforce refused the request (another 4xx, with its <c>errorCode</c>).</summary>
    Refused,

    /// <summary>An answer that is not what the API documents (malformed JSON, a redirect, too large, nonsense counts).</summary>
    BadAnswer,

    /// <summary>Unreachable, timing out, or 5xx after the retries.</summary>
    Unavailable,
}
