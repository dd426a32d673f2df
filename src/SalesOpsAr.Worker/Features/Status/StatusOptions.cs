namespace SalesOpsAr.Worker.Features.Status;

/// <summary>The <c>Status</c> section: who may see <c>/status</c> and what it shows.</summary>
public sealed class StatusOptions
{
    public const string Section = "Status";

    /// <summary>
    /// The credential for <c>/status</c> and <c>/status.json</c> (a bearer token, or the password of basic auth with any
    /// user name). Empty: the page answers 404 and says nothing. A secret: never logged.
    /// </summary>
    public string Token { get; set; } = "";

    /// <summary>Show AR titles (they name new hires and requesters); false: each AR by its number only.</summary>
    public bool ShowTitles { get; set; } = true;
}
