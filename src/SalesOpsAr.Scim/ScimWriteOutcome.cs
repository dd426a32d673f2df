namespace SalesOpsAr.Scim;

/// <summary>What a create or an activation came to.</summary>
public enum ScimWriteOutcome
{
    /// <summary>Created (201) or activated (200).</summary>
    Done,

    /// <summary>409 <c>uniqueness</c>: a user with that userName exists already.</summary>
    AlreadyThere,

    /// <summary>The service refused it (another 4xx, or 412 twice): <see cref="ScimWrite.Detail"/> says why.</summary>
    Refused,
}
