namespace SalesOpsAr.GitLab.Webhooks;

/// <summary>How reading a webhook body ended.</summary>
public enum WebhookReadOutcome
{
    /// <summary>An issue or note-on-issue event, read into <see cref="WebhookReadResult.Event"/>.</summary>
    Event,

    /// <summary>Well-formed but of no interest (another event kind, a note on a merge request).</summary>
    Ignored,

    /// <summary>Not JSON, not an object, or an issue event without the fields every issue event has.</summary>
    Malformed,
}
