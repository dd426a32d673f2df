namespace SalesOpsAr.Salesforce.Api;

/// <summary>What the product reads from Salesforce. Every call checks the budget first, and signs in once, lazily.</summary>
public interface ISalesforceClient
{
    /// <summary>The org's allowance and this service's use of it.</summary>
    SalesforceBudget Budget { get; }

    /// <summary>
    /// Every <c>UserLicense</c> and <c>PermissionSetLicense</c>, and what <paramref name="query"/> asks besides: one
    /// composite call (up to five queries), one call of the allowance.
    /// </summary>
    Task<SalesforceSeats> ReadSeatsAsync(SalesforceSeatQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Creates users with sObject Collections, up to <see cref="SalesforceClient.CollectionSize"/> a call,
    /// <c>allOrNone=false</c>: one result per user, in order. Never retried (a write): the caller looks the usernames up
    /// before and after.
    /// </summary>
    Task<IReadOnlyList<SalesforceSaveResult>> CreateUsersAsync(IReadOnlyList<SalesforceNewUser> users, CancellationToken cancellationToken);

    /// <summary>
    /// Sets <c>IsActive</c> on these users with sObject Collections (PATCH, up to 200 a call, <c>allOrNone=false</c>): one
    /// result per user, in order. Never retried (a write).
    /// </summary>
    Task<IReadOnlyList<SalesforceSaveResult>> ReactivateUsersAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>The ids of the <c>Profile</c> or <c>UserRole</c> records with these names (one query per 200 names), by name.</summary>
    Task<IReadOnlyDictionary<string, string>> IdsByNameAsync(string sobject, IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>The record's page in the org (the instance's address and the id); signs in when no session is held.</summary>
    Task<Uri> LinkAsync(string id, CancellationToken cancellationToken);

    /// <summary>The users with these usernames, active or not: one query per 200 usernames.</summary>
    Task<IReadOnlyList<SalesforceUser>> FindUsersAsync(IReadOnlyCollection<string> usernames, CancellationToken cancellationToken);

    /// <summary>A SOQL query's records, batch after batch (<c>nextRecordsUrl</c>), at most <paramref name="maxRecords"/>.</summary>
    Task<SalesforceRecords<T>> QueryAsync<T>(string soql, int maxRecords, CancellationToken cancellationToken);
}
