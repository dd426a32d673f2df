namespace SalesOpsAr.Worker.Contracts;

/// <summary>What a notice is about; channels may mark each kind (Slack puts an emoji before it).</summary>
public enum NoticeKind
{
    /// <summary>A sweep's nudges: ARs that need someone.</summary>
    Nudges,

    /// <summary>A new Sales Ops AR, for the DRIs.</summary>
    NewAr,

    /// <summary>The daily overview.</summary>
    Digest,

    /// <summary>Something is wrong with the service itself (the webhook disabled).</summary>
    Alert,
}
