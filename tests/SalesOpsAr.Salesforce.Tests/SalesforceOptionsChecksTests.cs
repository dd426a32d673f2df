using System.Security.Cryptography;

namespace SalesOpsAr.Salesforce.Tests;

/// <summary>The connector's keys, checked at start and by <c>validate-config</c>: off asks nothing; on, each mistake names its key.</summary>
public sealed class SalesforceOptionsChecksTests : IDisposable
{
    private readonly string _key = Path.Combine(Path.GetTempPath(), $"sf-key-{Guid.NewGuid():N}.pem");

    public SalesforceOptionsChecksTests()
    {
        using var rsa = RSA.Create(2048);
        File.WriteAllText(_key, rsa.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose() => File.Delete(_key);

    private SalesforceOptions Jwt() => new()
    {
        Flow = SalesforceFlow.JwtBearer,
        ClientId = "3MVG9consumer",
        Username = "bot@acme.example",
        KeyFile = _key,
    };

    private static IEnumerable<string> Problems(SalesforceOptions options) => new SalesforceOptionsChecks().Validate(null, options).Failures ?? [];

    [Fact]
    public void Off_AsksNothing() => Assert.Empty(Problems(new SalesforceOptions { LoginUrl = "not a url", BudgetShare = 7 }));

    [Fact]
    public void AJwtConfiguration_WithAReadablePrivateKey_Passes() => Assert.Empty(Problems(Jwt()));

    [Fact]
    public void ClientCredentials_WithTheMyDomainAndASecret_Passes() => Assert.Empty(Problems(new SalesforceOptions
    {
        Flow = SalesforceFlow.ClientCredentials, LoginUrl = "https://acme.my.salesforce.com", ClientId = "3MVG9consumer", ClientSecret = "s3cret",
    }));

    public static TheoryData<string, Func<SalesforceOptions, SalesforceOptions>> Mistakes => new()
    {
        { "Salesforce:ClientId", o => { o.ClientId = " "; return o; } },
        { "Salesforce:Username", o => { o.Username = ""; return o; } },
        { "Salesforce:KeyFile", o => { o.KeyFile = "/nonexistent/key.pem"; return o; } },
        { "Salesforce:KeyFile", o => { o.KeyFile = ""; return o; } },
        { "Salesforce:LoginUrl", o => { o.LoginUrl = "http://login.salesforce.com"; return o; } },
        { "Salesforce:LoginUrl", o => { o.LoginUrl = "login.salesforce.com"; return o; } },
        { "Salesforce:LoginUrl", o => { o.LoginUrl = "https://login.salesforce.com/services/oauth2/token"; return o; } },
        { "Salesforce:Audience", o => { o.Audience = "salesforce"; return o; } },
        { "Salesforce:ApiVersion", o => { o.ApiVersion = "62"; return o; } },
        { "Salesforce:BudgetShare", o => { o.BudgetShare = 0; return o; } },
        { "Salesforce:BudgetShare", o => { o.BudgetShare = 1.5; return o; } },
        { "Salesforce:IdleDays", o => { o.IdleDays = 0; return o; } },
        { "Salesforce:RequestTimeout", o => { o.RequestTimeout = TimeSpan.FromMinutes(5); return o; } },
        { "Salesforce:MaxRetries", o => { o.MaxRetries = -1; return o; } },
        { "Salesforce:ClientSecret", o => { o.Flow = SalesforceFlow.ClientCredentials; return o; } },
        { "Salesforce:DefaultLicence", o => { o.DefaultLicence = " "; return o; } },
        { "Salesforce:AddOns:CPQ", o => { o.AddOns["CPQ"] = ""; return o; } },
        { "Salesforce:AddOns:CPQ", o => { o.AddOns["CPQ"] = "SalesforceCPQ\nx"; return o; } },
        { "Salesforce:AddOns", o => { foreach (var i in Enumerable.Range(0, 51)) { o.AddOns[$"w{i}"] = "L"; } return o; } },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void EachMistake_NamesItsKey(string key, Func<SalesforceOptions, SalesforceOptions> mistake)
    {
        var problem = Assert.Single(Problems(mistake(Jwt())));

        Assert.Contains(key, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AKeyFileHoldingACertificateOrAPublicKey_IsNoKey()
    {
        using var rsa = RSA.Create(2048);
        File.WriteAllText(_key, rsa.ExportSubjectPublicKeyInfoPem());

        var problem = Assert.Single(Problems(Jwt()));

        Assert.Contains("holds no RSA private key", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEndlessKeyFile_IsNotReadWhole()
    {
        File.WriteAllText(_key, new string('A', 200_000));

        Assert.Contains("no key is larger than 64 KB", Assert.Single(Problems(Jwt())), StringComparison.Ordinal);
    }

    [Fact]
    public void ASecretIsNeverEchoed()
    {
        var options = Jwt();
        options.Flow = SalesforceFlow.ClientCredentials;
        options.ClientSecret = "top-secret-value";
        options.LoginUrl = "nope";

        Assert.All(Problems(options), p => Assert.DoesNotContain("top-secret-value", p, StringComparison.Ordinal));
    }
}
