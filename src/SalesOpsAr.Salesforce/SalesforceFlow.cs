namespace SalesOpsAr.Salesforce;

/// <summary>How the service signs in to Salesforce, server to server (no person in the loop).</summary>
public enum SalesforceFlow
{
    /// <summary>Not configured: the connector is off and nothing calls Salesforce.</summary>
    Off,

    /// <summary>OAuth 2.0 JWT bearer: a JWT signed with the connected app's certificate key (a mounted PEM file).</summary>
    JwtBearer,

    /// <summary>OAuth 2.0 client credentials: an external client app with a "run as" user, at the org's My Domain.</summary>
    ClientCredentials,
}
