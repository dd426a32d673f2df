namespace SalesOpsAr.Salesforce;

/// <summary>
/// The <c>Salesforce</c> configuration section. Off unless <see cref="Flow"/> is set: off, nothing calls Salesforce and
/// the product behaves as it does without the connector.
/// </summary>
public sealed class SalesforceOptions
{
    public const string Section = "Salesforce";

    /// <summary><c>JwtBearer</c> or <c>ClientCredentials</c>; unset: the connector is off.</summary>
    public SalesforceFlow Flow { get; set; } = SalesforceFlow.Off;

    /// <summary>
    /// Where to sign in: <c>https://login.salesforce.com</c> (production) or <c>https://test.salesforce.com</c> (a sandbox)
    /// for the JWT bearer flow; the org's My Domain (<c>https://acme.my.salesforce.com</c>) for client credentials.
    /// </summary>
    public string LoginUrl { get; set; } = "https://login.salesforce.com";

    /// <summary>The JWT's audience; empty: <see cref="LoginUrl"/> (Salesforce wants the login host, not the My Domain).</summary>
    public string Audience { get; set; } = "";

    /// <summary>The connected app's consumer key (client id).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Client credentials: the external client app's secret.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>JWT bearer: the integration user's Salesforce username (the JWT's <c>sub</c>).</summary>
    public string Username { get; set; } = "";

    /// <summary>JWT bearer: the path of the connected app certificate's private key, PEM (PKCS#1 or PKCS#8), mounted as a file.</summary>
    public string KeyFile { get; set; } = "";

    /// <summary>The REST API version, <c>v62.0</c> style.</summary>
    public string ApiVersion { get; set; } = "v62.0";

    /// <summary>Allow <c>http://</c> addresses (a local fake only): the token would travel in clear text.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>
    /// The share of the org's daily API allowance (<c>Sforce-Limit-Info</c>'s second number) this service may use in any
    /// rolling 24 hours; past it, it stops calling and says so. The allowance is shared with the company's other integrations.
    /// </summary>
    public double BudgetShare { get; set; } = 0.10;

    /// <summary>Active users whose last login is older than this many days, or who never logged in, are idle seats.</summary>
    public int IdleDays { get; set; } = 90;

    /// <summary>
    /// On pickup, an AR asking for Salesforce with no free seat for one of its people goes On Hold with the SFDC-licence
    /// label and a note with the numbers; false: nothing is held (the runbook note still shows the seats).
    /// </summary>
    public bool HoldOnPickup { get; set; } = true;

    /// <summary>The user licence a person takes when the AR names no profile Salesforce knows.</summary>
    public string DefaultLicence { get; set; } = "Salesforce";

    /// <summary>
    /// Add-on words an AR's Salesforce lines may hold, each mapped to the permission-set licence it takes
    /// (<c>Salesforce__AddOns__CPQ=SalesforceCPQ_CPQStandardPerm</c>).
    /// </summary>
    public Dictionary<string, string> AddOns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Timeout of one attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a failed read (5xx, 408, a timeout, 429 after its <c>Retry-After</c>); 0: none.</summary>
    public int MaxRetries { get; set; } = 3;

    public bool IsOn => Flow != SalesforceFlow.Off;
}
