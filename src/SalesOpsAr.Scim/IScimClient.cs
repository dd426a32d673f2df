namespace SalesOpsAr.Scim;

/// <summary>One system's SCIM 2.0 service (RFC 7644), as far as the bot uses it: look a user up, create one, activate one.</summary>
public interface IScimClient
{
    /// <summary>The system's name as configured.</summary>
    string System { get; }

    /// <summary>The user whose <c>userName</c> is this (<c>filter=userName eq "…"</c>), or null.</summary>
    Task<ScimUser?> FindAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Creates a user (POST /Users). Never retried (a write): the caller looks the userName up first.</summary>
    Task<ScimWrite> CreateAsync(ScimNewUser user, CancellationToken cancellationToken);

    /// <summary>
    /// Sets <c>active</c> true (PATCH with <c>If-Match</c> on the version read); on 412 the user is read again and the patch
    /// tried once more with the fresh version.
    /// </summary>
    Task<ScimWrite> ActivateAsync(ScimUser user, CancellationToken cancellationToken);
}
