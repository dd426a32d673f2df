namespace SalesOpsAr.Salesforce.Api;

/// <summary>Shorthands over <see cref="ISalesforceClient"/>.</summary>
public static class SalesforceClientExtensions
{
    /// <summary>The licences alone: one composite call of two queries.</summary>
    public static Task<SalesforceSeats> ReadSeatsAsync(this ISalesforceClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.ReadSeatsAsync(SalesforceSeatQuery.SeatsOnly, cancellationToken);
    }
}
